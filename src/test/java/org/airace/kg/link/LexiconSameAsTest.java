package org.airace.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.airace.kg.job.LoadJob;
import org.airace.kg.job.RunReport;
import org.airace.kg.query.QueryRunner;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a really extracted store: entities the lexicon knows a QID for carry owl:sameAs to it, the
 * others carry none, and exactly those others are what linking looks up.
 */
class LexiconSameAsTest {
    @TempDir
    static Path tmp;

    static TdbStore store;

    @BeforeAll
    static void extract() throws Exception {
        // Written for this test: lexicon names with a QID (a chip maker, its chief executive, a foundry),
        // a lexicon person without one, a generic chip word, and a person name no lexicon lists.
        Path doc = tmp.resolve("linking-sample.txt");
        Files.writeString(doc, "標題：晶片合作\n\n輝達執行長黃仁勳週二在台北表示，公司將擴大與台積電的合作。"
                + "Anthropic總裁丹妮拉·阿莫迪也到場。工程師陳志明說，新晶片明年量產。\n", StandardCharsets.UTF_8);
        RunReport report = new RunReport("test");
        Path dir = tmp.resolve("tdb2");
        try (LoadJob job = LoadJob.open(dir, 1, new PrintStream(new ByteArrayOutputStream()))) {
            job.load(List.of(doc), report);
        }
        assertThat(report.anyFailed()).as(report.summary()).isFalse();
        store = TdbStore.open(dir);
    }

    /** Entity IRI -> Wikidata IRI ("" when it has none), for every entity of the nine classes. */
    static Map<String, String> sameAs() {
        ResultSetRewindable rs = QueryRunner.select(store.dataset(), QueryFactory.create("""
                PREFIX air: <https://w3id.org/airace/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?e (SAMPLE(?wd) AS ?item) WHERE {
                  ?e a air:Entity .
                  OPTIONAL { ?e owl:sameAs ?wd }
                } GROUP BY ?e
                """));
        Map<String, String> m = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            m.put(row.getResource("e").getURI(), row.contains("item") ? row.getResource("item").getURI() : "");
        }
        return m;
    }

    @Test
    void lexiconEntitiesWithAQidAreLinkedAndOnlyThey() {
        Map<String, String> links = sameAs();
        String entity = "https://w3id.org/airace/id/entity/";
        assertThat(links).containsEntry(entity + "Q182477", Qids.iri("Q182477"))
                .containsEntry(entity + "Q305177", Qids.iri("Q305177"))
                .containsEntry(entity + "Q713418", Qids.iri("Q713418"));
        links.forEach((iri, item) -> {
            String key = iri.substring(entity.length());
            if (Qids.isQid(key)) assertThat(item).as(iri).isEqualTo(Qids.iri(key));
            else assertThat(item).as(iri).isEmpty();
        });
        // Lexicon entries without a QID and names the lexicon does not know are both present, unlinked.
        assertThat(links.keySet()).anyMatch(k -> k.startsWith(entity + "lex-")).anyMatch(k -> k.startsWith(entity + "person-"));
    }

    @Test
    void linkingLooksUpExactlyTheEntitiesWithoutALink() {
        Set<String> unlinked = new TreeSet<>();
        sameAs().forEach((iri, item) -> {
            if (item.isEmpty()) unlinked.add(iri);
        });
        List<StoreEntity> found = UnlinkedEntities.find(store.dataset());
        assertThat(new TreeSet<>(found.stream().map(StoreEntity::iri).toList())).isEqualTo(unlinked);
        assertThat(found).allSatisfy(e -> assertThat(e.displayLabel()).isNotBlank());
        assertThat(found).filteredOn(e -> e.airClass().equals("Person")).isNotEmpty();
    }
}
