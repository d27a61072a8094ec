package org.airace.kg.store.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.rdf.AIRID;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus summary on small hand-written source graphs: what each figure counts, and that keeping it
 * up to date graph by graph (load, replace, empty) always ends where a rebuild from scratch ends.
 */
class CorpusSummaryTest {
    static final String PREFIXES = """
            @prefix air: <https://w3id.org/airace/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix e: <https://w3id.org/airace/id/entity/> .
            """;

    /**
     * A source with two sentences: sentence 0 mentions A twice and B once, sentence 1 mentions A and C.
     * One claim (chip) and two quotes: one direct by B about A and C, one indirect about A by a speaker
     * known only as written.
     */
    static String docA(String id, String publisher) {
        String iri = "https://w3id.org/airace/id/source/" + id;
        String s = "<" + iri + ">";
        return PREFIXES + s + " a air:Source ; air:fileName \"" + id + ".txt\""
                + (publisher == null ? "" : " ; dcterms:publisher \"" + publisher + "\"") + " .\n"
                + mention(iri, "m1", "e:A", 0) + mention(iri, "m2", "e:A", 0) + mention(iri, "m3", "e:B", 0)
                + mention(iri, "m4", "e:A", 1) + mention(iri, "m5", "e:C", 1)
                + "<" + iri + "/claim/1> a air:Claim ; air:inSource " + s + " ; air:topic air:ChipConstraint .\n"
                + "<" + iri + "/quote/1> a air:Quote ; air:inSource " + s + " ; air:speaker e:B ; air:direct true ; air:contextEntity e:A , e:C .\n"
                + "<" + iri + "/quote/2> a air:Quote ; air:inSource " + s + " ; air:speakerText \"一位官員\" ; air:direct false ; air:contextEntity e:A .\n"
                + "e:A a air:Entity , air:Country ; rdfs:label \"甲國\"@zh-Hant , \"甲国\"@zh-Hans , \"A land\"@en .\n"
                + "e:B a air:Entity , air:Person ; rdfs:label \"B person\"@en .\n"
                + "e:C a air:Entity , air:Organization ; rdfs:label \"丙公司\"@zh-Hans ; air:country e:A .\n";
    }

    static String mention(String source, String local, String entity, int sentence) {
        return "<" + source + "/mention/" + local + "> a air:Mention ; air:inSource <" + source + "> ; air:denotes " + entity
                + " ; air:sentenceIndex " + sentence + " .\n";
    }

    static List<Quad> quads(String graphIri, String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(g);
        Node gn = NodeFactory.createURI(graphIri);
        List<Quad> out = new ArrayList<>();
        g.find().forEachRemaining(t -> out.add(Quad.create(gn, t)));
        return out;
    }

    static String src(String id) {
        return AIRID.source(id);
    }

    static Graph summaryOf(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getGraph(CorpusSummary.graph()).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    static List<QuerySolution> select(TdbStore store, String body) {
        return select(store, body, "");
    }

    static List<QuerySolution> select(TdbStore store, String body, String orderBy) {
        String q = "PREFIX air: <https://w3id.org/airace/ontology#>\nPREFIX e: <https://w3id.org/airace/id/entity/>\n"
                + "SELECT * WHERE { GRAPH <" + AIRID.SUMMARY_GRAPH + "> { " + body + " } }"
                + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy);
        return Txn.calculateRead(store.dataset(), () -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    static long integer(TdbStore store, String subject, String property) {
        List<QuerySolution> rows = select(store, subject + " air:" + property + " ?v");
        assertThat(rows).as(subject + " " + property).hasSizeLessThanOrEqualTo(1);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("v").getLong();
    }

    @Test
    void countsLabelsRanksPairsAndTalliesOfTwoSources(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("tdb"))) {
            store.replaceGraph(NodeFactory.createURI(src("one")), quads(src("one"), docA("one", "甲報")));
            store.replaceGraph(NodeFactory.createURI(src("two")), quads(src("two"), docA("two", null)));

            assertThat(integer(store, "e:A", "mentionCount")).isEqualTo(6);
            assertThat(integer(store, "e:A", "articleCount")).isEqualTo(2);
            assertThat(integer(store, "e:C", "mentionCount")).isEqualTo(2);
            assertThat(select(store, "e:A air:displayLabel ?l").get(0).getLiteral("l").getLanguage()).isEqualTo("zh-Hant");
            assertThat(select(store, "e:C air:displayLabel ?l").get(0).getLiteral("l").getLexicalForm()).isEqualTo("丙公司");
            assertThat(select(store, "e:B air:displayLabel ?l").get(0).getLiteral("l").getLexicalForm()).isEqualTo("B person");
            assertThat(select(store, "e:C air:country ?c")).hasSize(1);

            // Per source: mentions, claims, quotes; A first with 3 mentions, then B and C (1 each, by IRI).
            assertThat(integer(store, "<" + src("one") + ">", "mentionCount")).isEqualTo(5);
            assertThat(integer(store, "<" + src("one") + ">", "claimCount")).isEqualTo(1);
            assertThat(integer(store, "<" + src("one") + ">", "quoteCount")).isEqualTo(2);
            List<QuerySolution> ranks = select(store, "?p air:inSource <" + src("one") + "> ; air:entity ?e ; air:rank ?r ; air:mentionCount ?n ; air:typeRank ?tr", "?r");
            assertThat(ranks).extracting(r -> r.getResource("e").getLocalName() + r.getLiteral("r").getInt() + "/" + r.getLiteral("n").getInt())
                    .containsExactly("A1/3", "B2/1", "C3/1");
            assertThat(ranks).allSatisfy(r -> assertThat(r.getLiteral("tr").getInt()).isEqualTo(1));

            // Pairs per sentence, both orders: A-B in sentence 0 of each source, A-C in sentence 1.
            List<QuerySolution> pairs = select(store, "?p air:entity e:A ; air:otherEntity ?o ; air:sentenceCount ?s ; air:articleCount ?a");
            assertThat(pairs).extracting(r -> r.getResource("o").getLocalName() + r.getLiteral("s").getInt() + "/" + r.getLiteral("a").getInt())
                    .containsExactlyInAnyOrder("B2/2", "C2/2");
            assertThat(select(store, "?p air:entity e:B ; air:otherEntity e:C")).isEmpty();

            // Speakers: B with 2 direct quotes in 2 sources; the unresolved one by its words.
            assertThat(select(store, "?t a air:SpeakerTally ; air:speaker e:B ; air:quoteCount 2 ; air:directQuoteCount 2 ; air:articleCount 2")).hasSize(1);
            assertThat(select(store, "?t a air:SpeakerTally ; air:speakerText \"一位官員\" ; air:quoteCount 2 ; air:directQuoteCount 0")).hasSize(1);

            // Who is quoted about what: per entity and speaker, the speaker never about itself.
            assertThat(select(store, "?t a air:QuotedAboutTally ; air:quotedAbout ?e ; air:quoteCount ?q ; air:directQuoteCount ?d ; air:articleCount ?a ."
                    + " OPTIONAL { ?t air:speaker ?s } OPTIONAL { ?t air:speakerText ?w }"))
                    .extracting(r -> r.getResource("e").getLocalName() + " by "
                            + (r.contains("s") ? r.getResource("s").getLocalName() : r.getLiteral("w").getString())
                            + " " + r.getLiteral("q").getInt() + "/" + r.getLiteral("d").getInt() + "/" + r.getLiteral("a").getInt())
                    .containsExactlyInAnyOrder("A by B 2/2/2", "C by B 2/2/2", "A by 一位官員 2/0/2");

            // Claim tallies by outlet: one named, one unknown (no publisher on the tally).
            assertThat(select(store, "?t a air:ClaimTally ; air:topic air:ChipConstraint ; air:claimCount 1 ; air:articleCount 1 ; <http://purl.org/dc/terms/publisher> \"甲報\"")).hasSize(1);
            assertThat(select(store, "?t a air:ClaimTally ; air:claimCount 1 . FILTER NOT EXISTS { ?t <http://purl.org/dc/terms/publisher> ?p }")).hasSize(1);
        }
    }

    @Test
    void theShapesRejectABrokenSummary() {
        String broken = PREFIXES + """
                <urn:p> a air:Prominence ; air:inSource <urn:s> ; air:entity e:A ; air:mentionCount 0 ; air:rank 11 .
                <urn:c> a air:CoMention ; air:entity e:A ; air:otherEntity e:A ; air:sentenceCount 1 ; air:articleCount 1 .
                <urn:q> a air:QuotedAboutTally ; air:quotedAbout e:A ; air:quoteCount 1 ; air:directQuoteCount 2 ; air:articleCount 1 .
                e:A a air:Entity , air:Country ; rdfs:label "A"@en .
                """;
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(broken)).lang(Lang.TURTLE).parse(g);
        org.airace.kg.rdf.ShapesValidator.Report report = org.airace.kg.rdf.ShapesValidator.load().validate(g);
        assertThat(report.conforms()).isFalse();
        assertThat(report.problems()).hasSizeGreaterThanOrEqualTo(3);
        // The quoted-about tally names no speaker and has more direct quotes than quotes.
        assertThat(report.problems()).filteredOn(p -> p.contains("<urn:q>")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void replacingAndEmptyingSourcesEndsWhereARebuildEnds(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("tdb"))) {
            Node one = NodeFactory.createURI(src("one"));
            Node two = NodeFactory.createURI(src("two"));
            store.replaceGraph(one, quads(src("one"), docA("one", "甲報")));
            store.replaceGraph(two, quads(src("two"), docA("two", "甲報")));
            // Source two is re-extracted: C is gone, B is now mentioned three times, another outlet.
            String changed = docA("two", "乙報").replace("air:denotes e:C", "air:denotes e:B")
                    .replace("e:C a air:Entity , air:Organization ; rdfs:label \"丙公司\"@zh-Hans ; air:country e:A .\n", "")
                    .replace("air:contextEntity e:A , e:C", "air:contextEntity e:A");
            store.replaceGraph(two, quads(src("two"), changed));
            Graph incremental = summaryOf(store);
            assertThat(integer(store, "e:B", "mentionCount")).isEqualTo(1 + 2);
            assertThat(integer(store, "e:C", "mentionCount")).isEqualTo(1);
            assertThat(integer(store, "e:C", "articleCount")).isEqualTo(1);
            assertThat(select(store, "?t air:quotedAbout e:C ; air:speaker e:B ; air:quoteCount 1 ; air:articleCount 1")).hasSize(1);

            store.rebuildSummary();
            assertThat(summaryOf(store).isIsomorphicWith(incremental)).as("incremental summary equals a rebuild").isTrue();

            // Emptying source one removes everything only it said, C included (no graph describes it any more).
            store.replaceGraph(one, List.of());
            assertThat(select(store, "e:C ?p ?o")).isEmpty();
            assertThat(select(store, "?x air:inSource <" + src("one") + ">")).isEmpty();
            assertThat(integer(store, "e:A", "articleCount")).isEqualTo(1);
            assertThat(select(store, "?t air:quotedAbout e:C")).as("the last quote about C went with source one").isEmpty();
            assertThat(select(store, "?t air:quotedAbout e:A ; air:speaker e:B ; air:quoteCount 1 ; air:articleCount 1")).hasSize(1);
            Graph afterEmptying = summaryOf(store);
            store.rebuildSummary();
            assertThat(summaryOf(store).isIsomorphicWith(afterEmptying)).isTrue();
        }
    }

    @Test
    void loadingAFileKeepsTheSummaryAndIgnoresASummaryGraphInTheInput(@TempDir Path dir) throws Exception {
        DatasetGraph input = DatasetGraphFactory.createTxnMem();
        quads(src("one"), docA("one", "甲報")).forEach(input::add);
        quads(src("two"), docA("two", null)).forEach(input::add);
        // A stale summary graph in the file (as in a dump) must not reach the store.
        input.add(CorpusSummary.graph(), NodeFactory.createURI(AIRID.entity("A")),
                NodeFactory.createURI("https://w3id.org/airace/ontology#mentionCount"), NodeFactory.createLiteralString("999"));
        Path file = dir.resolve("in.nq");
        try (var out = Files.newOutputStream(file)) {
            org.apache.jena.riot.RDFDataMgr.write(out, input, Lang.NQUADS);
        }
        try (TdbStore store = TdbStore.open(dir.resolve("tdb"))) {
            assertThat(store.loadFile(file).graphs()).allSatisfy(g -> assertThat(g.ok()).isTrue());
            assertThat(integer(store, "e:A", "mentionCount")).isEqualTo(6);
            Graph loaded = summaryOf(store);
            store.rebuildSummary();
            assertThat(summaryOf(store).isIsomorphicWith(loaded)).isTrue();
            // Loading the same file again replaces both sources: the counts do not double.
            store.loadFile(file);
            assertThat(integer(store, "e:A", "mentionCount")).isEqualTo(6);
            assertThat(integer(store, "e:A", "articleCount")).isEqualTo(2);
        }
    }

    /** A file may repeat a quad; the store keeps it once, and the summary must count it once too. */
    @Test
    void aQuadRepeatedInTheFileCountsOnce(@TempDir Path dir) throws Exception {
        List<Quad> once = quads(src("one"), docA("one", "甲報"));
        List<Quad> twice = new ArrayList<>(once);
        twice.addAll(once);
        Path file = dir.resolve("in.nq");
        try (var out = Files.newOutputStream(file)) {
            org.apache.jena.riot.RDFDataMgr.writeQuads(out, twice.iterator());
        }
        try (TdbStore store = TdbStore.open(dir.resolve("tdb"))) {
            store.loadFile(file);
            assertThat(select(store, "?t air:quotedAbout e:A ; air:speaker e:B ; air:quoteCount 1 ; air:articleCount 1")).hasSize(1);
            assertThat(integer(store, "e:A", "mentionCount")).isEqualTo(3);
            Graph loaded = summaryOf(store);
            store.rebuildSummary();
            assertThat(summaryOf(store).isIsomorphicWith(loaded)).isTrue();
        }
    }

    /**
     * Into an empty store the load starts as a bulk load, which writes the summary without reading
     * it; "one" coming back (from another outlet) ends the bulk load there and is replaced in a batch. The
     * summary must still be exactly what a rebuild makes, with the first "one" gone from every count.
     */
    @Test
    void aBulkLoadThatMeetsASourceAgainEndsWhereARebuildEnds(@TempDir Path dir) throws Exception {
        List<Quad> all = new ArrayList<>(quads(src("one"), docA("one", "甲報")));
        all.addAll(quads(src("two"), docA("two", "甲報")));
        all.addAll(quads(src("one"), docA("one", "乙報")));
        Path file = dir.resolve("in.nq");
        try (var out = Files.newOutputStream(file)) {
            org.apache.jena.riot.RDFDataMgr.writeQuads(out, all.iterator());
        }
        try (TdbStore store = TdbStore.open(dir.resolve("tdb"))) {
            assertThat(store.loadFile(file).graphs()).extracting(g -> g.graph() + " " + g.ok())
                    .containsExactly(src("one") + " true", src("two") + " true", src("one") + " true");
            assertThat(integer(store, "e:A", "mentionCount")).isEqualTo(6);
            assertThat(integer(store, "e:A", "articleCount")).isEqualTo(2);
            assertThat(select(store, "?t a air:ClaimTally ; <http://purl.org/dc/terms/publisher> ?p ; air:articleCount ?n"))
                    .extracting(r -> r.getLiteral("p").getString() + " " + r.getLiteral("n").getInt())
                    .containsExactlyInAnyOrder("甲報 1", "乙報 1");
            Graph loaded = summaryOf(store);
            store.rebuildSummary();
            assertThat(summaryOf(store).isIsomorphicWith(loaded)).isTrue();
        }
    }
}
