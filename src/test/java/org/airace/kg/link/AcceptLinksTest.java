package org.airace.kg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airace.kg.cli.Main;
import org.airace.kg.query.QueryBinder;
import org.airace.kg.query.QueryRunner;
import org.airace.kg.query.SavedQueryCatalog;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole workflow through the command line: propose, edit the review file, accept, query. */
class AcceptLinksTest {
    @TempDir
    Path tmp;

    RecordedWikidata wikidata;
    TdbStore store;
    Path storeDir;
    Path review;

    @BeforeEach
    void start() throws Exception {
        wikidata = new RecordedWikidata();
        storeDir = tmp.resolve("tdb2");
        store = SmallStore.create(storeDir);
        review = tmp.resolve("review.tsv");
    }

    @AfterEach
    void stop() {
        wikidata.close();
        store.close();
    }

    private int link(String... args) {
        List<String> all = new ArrayList<>(List.of("link", "--store", storeDir.toString()));
        all.addAll(List.of(args));
        return Main.execute(all.toArray(String[]::new));
    }

    private int propose() {
        return link("--wikidata", "--api", wikidata.apiUrl(), "--cache", tmp.resolve("cache").toString(), "--review", review.toString(),
                "--contact", "mailto:test@example.org");
    }

    /** Sets the decision of the row for (entity, qid) by editing the file as a user would. */
    private void decide(String entity, String qid, String decision) throws Exception {
        List<String> lines = Files.readAllLines(review, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (c.length == ReviewFile.COLUMNS.size() && c[0].equals(entity) && c[3].equals(qid)) {
                c[c.length - 1] = decision;
                line = String.join("\t", c);
            }
            out.add(line);
        }
        Files.write(review, out, StandardCharsets.UTF_8);
    }

    private List<QuerySolution> linkedEntities() {
        SavedQueryCatalog catalog = SavedQueryCatalog.locate(Path.of(System.getProperty("airace.basedir", "."), "queries"));
        ResultSetRewindable rs = QueryRunner.select(store.dataset(), QueryBinder.bind(catalog.find("wikidata-linked-entities"), Map.of()));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private List<String> linkPairs() {
        List<String> pairs = new ArrayList<>();
        for (QuerySolution row : linkedEntities())
            pairs.add(row.getResource("entity").getURI() + " " + row.getResource("wikidata").getURI());
        return pairs;
    }

    @Test
    void acceptedRowsBecomeSameAsLinksThatTheSavedQueryReturns() throws Exception {
        assertThat(propose()).isZero();
        assertThat(ReviewFile.read(review)).filteredOn(ReviewRow::accepted).extracting(ReviewRow::qid)
                .containsExactlyInAnyOrder("Q305177", "Q182477");
        decide(SmallStore.GEMINI, "Q123688361", "accept");
        decide(SmallStore.NVIDIA, "Q182477", "reject");

        assertThat(link("--accept", review.toString())).isZero();
        assertThat(linkPairs()).containsExactlyInAnyOrder(
                SmallStore.HUANG + " " + Qids.iri("Q305177"),
                SmallStore.GEMINI + " " + Qids.iri("Q123688361"),
                SmallStore.USA + " " + Qids.iri("Q30"));
        assertThat(store.quadCount(AcceptedLinks.GRAPH)).isEqualTo(2);

        // Accepting the same file again leaves the same graph; the extraction graph is untouched.
        long sourceQuads = store.quadCount(SmallStore.ID + "source/d1");
        assertThat(link("--accept", review.toString())).isZero();
        assertThat(store.quadCount(AcceptedLinks.GRAPH)).isEqualTo(2);
        assertThat(store.quadCount(SmallStore.ID + "source/d1")).isEqualTo(sourceQuads);

        // Linked entities are not proposed again; the user's decisions survive a new proposal run.
        assertThat(UnlinkedEntities.find(store.dataset())).extracting(StoreEntity::iri)
                .containsExactly(SmallStore.NVIDIA, SmallStore.CLAUDE_PERSON, SmallStore.HUANG_TITLE);
        assertThat(propose()).isZero();
        assertThat(ReviewFile.read(review)).extracting(ReviewRow::entity, ReviewRow::qid, ReviewRow::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SmallStore.NVIDIA, "Q182477", "reject"),
                org.assertj.core.groups.Tuple.tuple(SmallStore.HUANG_TITLE, "Q305177", ""),
                org.assertj.core.groups.Tuple.tuple(SmallStore.HUANG, "Q305177", "accept"),
                org.assertj.core.groups.Tuple.tuple(SmallStore.GEMINI, "Q123688361", "accept"));
        assertThat(link("--accept", review.toString())).isZero();
        assertThat(store.quadCount(AcceptedLinks.GRAPH)).isEqualTo(2);

        // Turning an accept into a reject removes the link when the file is loaded again.
        decide(SmallStore.GEMINI, "Q123688361", "reject");
        assertThat(link("--accept", review.toString())).isZero();
        assertThat(store.quadCount(AcceptedLinks.GRAPH)).isEqualTo(1);
        assertThat(linkPairs()).containsExactlyInAnyOrder(SmallStore.HUANG + " " + Qids.iri("Q305177"),
                SmallStore.USA + " " + Qids.iri("Q30"));
    }

    @Test
    void malformedReviewFileFailsAndLeavesTheLinksAsTheyWere() throws Exception {
        Files.writeString(review, String.join("\t", ReviewFile.COLUMNS) + "\n"
                + SmallStore.HUANG + "\tx\tPerson\tQ305177\tx\t\t0.9\tr\taccept\n", StandardCharsets.UTF_8);
        assertThat(link("--accept", review.toString())).isZero();
        Files.writeString(review, String.join("\t", ReviewFile.COLUMNS) + "\n"
                + SmallStore.HUANG + "\tx\tPerson\tQ305177\tx\t\t0.9\tr\tyes please\n", StandardCharsets.UTF_8);
        assertThat(link("--accept", review.toString())).isEqualTo(2);
        assertThat(store.quadCount(AcceptedLinks.GRAPH)).isEqualTo(1);
    }

    @Test
    void twoItemsAcceptedForOneEntityIsAnErrorNamingBothLines() {
        List<ReviewRow> rows = List.of(
                new ReviewRow(SmallStore.GEMINI, "Gemini", "AIModel", "Q116698014", "", "", 0.9, "", "accept", 3),
                new ReviewRow(SmallStore.GEMINI, "Gemini", "AIModel", "Q123688361", "", "", 0.9, "", "accept", 4));
        assertThatThrownBy(() -> AcceptedLinks.load(store, rows, "review.tsv", new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(ReviewFileException.class).hasMessageContaining("review.tsv:4:").hasMessageContaining("line 3");
    }

    @Test
    void entityMissingFromTheStoreIsSkippedAndReported() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<ReviewRow> rows = List.of(
                new ReviewRow(SmallStore.ID + "entity/person-ffffffffffffffff", "?", "Person", "Q5", "", "", 0.9, "", "accept", 7),
                new ReviewRow(SmallStore.HUANG, "黃仁勳", "Person", "Q305177", "", "", 0.9, "", "accept", 8));
        AcceptedLinks.Outcome outcome = AcceptedLinks.load(store, rows, "review.tsv", new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(outcome).isEqualTo(new AcceptedLinks.Outcome(1, 1));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("review.tsv:7:").contains("not in the store");
    }
}
