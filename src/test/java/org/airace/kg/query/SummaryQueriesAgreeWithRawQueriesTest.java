package org.airace.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The saved queries that read the corpus summary graph give the same figures as the former queries
 * that counted the raw annotations (kept in {@code src/test/resources/queries-oracle/} as the oracle),
 * on the real extraction of the seeds and the examples. This is what pins the summary's definitions:
 * a count that drifts from what the annotations say fails here.
 */
class SummaryQueriesAgreeWithRawQueriesTest {
    static TdbStore store;
    static SavedQueryCatalog current;
    static SavedQueryCatalog oracle;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(Files.isDirectory(SeedStore.seeds()), "shared seeds not present");
        store = SeedStore.shared();
        current = SavedQueryCatalog.locate(SeedStore.basedir().resolve("queries"));
        Path old = SeedStore.basedir().resolve("src/test/resources/queries-oracle");
        oracle = SavedQueryCatalog.locate(old);
    }

    /** Rows of a query as strings of the given columns (lexical forms; absent = "-"), sorted. */
    static List<String> rows(SavedQueryCatalog catalog, String name, Map<String, List<String>> params, String... columns) {
        String query = QueryBinder.bind(catalog.find(name), params).toString();
        if (catalog == current)   // the whole answer, not the first page: paging is checked on its own below
            query = withLimit(query, 1_000_000);
        List<String> out = new ArrayList<>(orderedRows(query, columns));
        out.sort(null);
        return out;
    }

    /** The query with every LIMIT (the pages' inner ones) set to {@code n}. */
    static String withLimit(String query, int n) {
        return query.replaceAll("LIMIT\\s+\\d+", "LIMIT " + n);
    }

    /** Rows of a query in answer order, as strings of the given columns, or of all result columns when none are given. */
    static List<String> orderedRows(String query, String... columns) {
        ResultSetRewindable rs = QueryRunner.select(store.dataset(), org.apache.jena.query.QueryFactory.create(query));
        List<String> shown = columns.length > 0 ? List.of(columns) : rs.getResultVars();
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            out.add(shown.stream().map(c -> text(row.get(c))).collect(Collectors.joining(" | ")));
        }
        return out;
    }

    static String text(RDFNode n) {
        if (n == null) return "-";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    void agree(String name, Map<String, List<String>> params, String... columns) {
        List<String> expected = rows(oracle, name, params, columns);
        assertThat(expected).as("the oracle answers " + name).isNotEmpty();
        List<String> actual = rows(current, name, params, columns);
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertThat(missing).as(name + " " + params + ": rows the oracle has and the query lacks").isEmpty();
        assertThat(extra).as(name + " " + params + ": rows the query has and the oracle lacks").isEmpty();
    }

    @Test
    void claimTalliesAgree() {
        agree("claims-by-topic-and-outlet", Map.of(), "publisher", "topic", "claims", "articles");
        agree("claims-by-topic-and-outlet", Map.of("topic", List.of("air:ChipConstraint")), "publisher", "topic", "claims", "articles");
    }

    @Test
    void coMentionsAgree() {
        agree("co-mentioned-entities", Map.of(), "entity", "other", "sentences", "articles");
        agree("co-mentioned-entities", Map.of("entity", List.of("<https://w3id.org/airace/id/entity/Q148>")), "entity", "other", "sentences", "articles");
    }

    @Test
    void modelsAgree() {
        agree("models-by-maker-and-country", Map.of(), "model", "maker", "country", "articles");
    }

    @Test
    void policiesAgree() {
        agree("policies-by-country", Map.of(), "country", "policy", "basis", "evidenceCount");
        agree("policies-by-country", Map.of("country", List.of("<https://w3id.org/airace/id/entity/Q30>")), "country", "policy", "basis", "evidenceCount");
        agree("policies-by-country", Map.of("country", List.of("<https://w3id.org/airace/id/entity/Q148>")), "country", "policy", "basis", "evidenceCount");
    }

    @Test
    void sourceCountsAgree() {
        // The former query left a count empty when a source had none; the summary says 0.
        List<String> expected = rows(oracle, "sources-by-outlet-and-date", Map.of(), "source", "publisher", "mentions", "claims", "quotes")
                .stream().map(r -> r.replace("| -", "| 0")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(rows(current, "sources-by-outlet-and-date", Map.of(), "source", "publisher", "mentions", "claims", "quotes"))
                .isEqualTo(expected);
        String outlet = expected.get(0).split(" \\| ")[1];
        List<String> oneOutlet = rows(current, "sources-by-outlet-and-date", Map.of("publisher", List.of("\"" + outlet + "\"")),
                "source", "publisher", "mentions", "claims", "quotes");
        assertThat(oneOutlet).as("bound to " + outlet).isNotEmpty()
                .isEqualTo(expected.stream().filter(r -> r.split(" \\| ")[1].equals(outlet)).toList());
    }

    @Test
    void speakerCountsAgree() {
        agree("quotes-per-speaker", Map.of(), "speaker", "quotes", "direct", "articles");
    }

    @Test
    void speakersAboutAnEntityAgree() {
        for (String entity : List.of("Q148", "Q30")) {
            Map<String, List<String>> params = Map.of("entity", List.of("<https://w3id.org/airace/id/entity/" + entity + ">"));
            agree("speakers-about-entity", params, "entity", "speaker", "quotes", "direct", "articles");
            // Speakers known only by their words: the words are the label.
            List<String> expected = rows(oracle, "speakers-about-entity", params, "speaker", "speakerLabel", "quotes")
                    .stream().filter(r -> r.startsWith("- |")).toList();
            assertThat(rows(current, "speakers-about-entity", params, "speaker", "speakerLabel", "quotes")
                    .stream().filter(r -> r.startsWith("- |")).toList()).isEqualTo(expected);
        }
    }

    @Test
    void rankingsAgree() {
        agree("top-entities-per-source", Map.of(), "source", "rank", "entity", "type", "mentions");
        agree("top-entities-per-source", Map.of("type", List.of("air:Person"), "top", List.of("1")), "source", "rank", "entity", "type", "mentions");
    }

    @Test
    void wikidataLinksAgree() {
        agree("wikidata-linked-entities", Map.of(), "wikidata", "entity", "type", "articles");
        // Labels are joined in no fixed order: compare them as sets.
        List<String> expected = rows(oracle, "wikidata-linked-entities", Map.of(), "entity", "labels");
        List<String> actual = rows(current, "wikidata-linked-entities", Map.of(), "entity", "labels");
        assertThat(actual.stream().map(SummaryQueriesAgreeWithRawQueriesTest::labelSet).toList())
                .isEqualTo(expected.stream().map(SummaryQueriesAgreeWithRawQueriesTest::labelSet).toList());
    }

    @Test
    void statementsOfAPersonAgree() {
        String name = rows(oracle, "quotes-per-speaker", Map.of(), "speakerLabel").stream()
                .filter(l -> !l.equals("-")).findFirst().orElseThrow();
        agree("statements-by-person", Map.of("name", List.of("\"" + name + "\"")), "kind", "source", "begin", "text", "topic");
    }

    @Test
    void headlineClaimsAgree() {
        agree("headline-cost-chip-constraints", Map.of(), "source", "subject", "topic", "sentence");
    }

    @Test
    void sentenceJoinsAgreeWithSourceAndIndexJoins() {
        agree("timeline", Map.of(), "date", "anchorText", "source", "sentence");
        agree("money-by-source", Map.of(), "source", "anchorText", "amount", "currency", "usd", "about");
        agree("quotes-about-entity", Map.of(), "entity", "source", "cue", "quotedText");
    }

    @Test
    void quantitiesAgree() {
        agree("quantities-by-unit", Map.of(), "unit", "value", "anchorText", "approximate", "about", "source");
        agree("quantities-by-unit", Map.of("unit", List.of("air:Percent")), "unit", "value", "anchorText", "about", "source");
    }

    /**
     * The list queries return one page (an inner ORDER BY ... LIMIT, of rows or of articles); a page
     * must be the start of the full answer in the same order, or paging with OFFSET would skip or
     * repeat rows.
     */
    @Test
    void aPageIsTheStartOfTheFullAnswerInOrder() {
        for (String name : List.of("headline-cost-chip-constraints", "quantities-by-unit", "timeline",
                "co-mentioned-entities", "sources-by-outlet-and-date", "top-entities-per-source", "quotes-about-entity")) {
            String text = QueryBinder.bind(current.find(name), Map.of()).toString();
            assertThat(text).as(name + " is paged").containsPattern("LIMIT\\s+\\d+");
            List<String> full = orderedRows(withLimit(text, 1_000_000));
            List<String> page = orderedRows(withLimit(text, 4));
            // A page of 4 rows, or of 4 articles' rows when the query pages by article.
            assertThat(page).as(name).isNotEmpty();
            assertThat(full).as(name).hasSizeGreaterThan(page.size());
            assertThat(page).as(name).containsExactlyElementsOf(full.subList(0, page.size()));
        }
    }

    @Test
    void theSummaryGraphConformsToItsShapes() {
        org.airace.kg.rdf.ShapesValidator.Report report = org.apache.jena.system.Txn.calculateRead(store.dataset(), () ->
                org.airace.kg.rdf.ShapesValidator.load().validate(store.dataset().asDatasetGraph()
                        .getGraph(org.apache.jena.graph.NodeFactory.createURI(org.airace.kg.rdf.AIRID.SUMMARY_GRAPH))));
        assertThat(report.problems()).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    static String labelSet(String row) {
        String[] parts = row.split(" \\| ", 2);
        return parts[0] + " " + new TreeSet<>(Arrays.asList(parts[1].split(" / ")));
    }
}
