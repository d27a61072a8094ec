package org.airace.kg.store;

import org.airace.kg.rdf.AIRID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    private static final String AIR = "https://w3id.org/airace/ontology#";
    private static final String ID = "https://w3id.org/airace/id/";
    private static final String DOC_A = ID + "source/aaa";
    private static final String DOC_B = ID + "source/bbb";

    @TempDir
    Path tmp;
    TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(tmp.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** N-Quads of one source graph with {@code mentions} mention resources (3 quads each, plus 1). */
    private static String docQuads(String doc, int mentions, String anchorPrefix) {
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(doc).append("> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <")
          .append(AIR).append("Source> <").append(doc).append("> .\n");
        for (int i = 0; i < mentions; i++) {
            String m = doc + "/m" + i;
            sb.append('<').append(m).append("> <").append(AIR).append("inSource> <").append(doc).append("> <").append(doc).append("> .\n");
            sb.append('<').append(m).append("> <").append(AIR).append("begin> \"").append(i * 10).append("\"^^<http://www.w3.org/2001/XMLSchema#integer> <").append(doc).append("> .\n");
            sb.append('<').append(m).append("> <").append(AIR).append("anchorText> \"").append(anchorPrefix).append(i).append("\" <").append(doc).append("> .\n");
        }
        return sb.toString();
    }

    private Path write(String name, String content) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void loadingTheSameFileTwiceKeepsTheSameQuadCount() throws Exception {
        Path file = write("two.nq", docQuads(DOC_A, 5, "x") + docQuads(DOC_B, 3, "y"));

        LoadReport first = store.loadNQuads(file);
        // The store adds its corpus summary graph beside the documents; it must not grow on a reload either.
        long summary = store.quadCount(AIRID.SUMMARY_GRAPH);
        long afterFirst = store.quadCount() - summary;
        LoadReport second = store.loadNQuads(file);

        assertThat(first.ok()).isTrue();
        assertThat(first.graphs()).extracting(GraphLoad::graph).containsExactly(DOC_A, DOC_B);
        assertThat(first.graphs()).extracting(GraphLoad::quads).containsExactly(16L, 10L);
        assertThat(afterFirst).isEqualTo(26);
        assertThat(second.ok()).isTrue();
        assertThat(summary).isPositive();
        assertThat(store.quadCount(AIRID.SUMMARY_GRAPH)).isEqualTo(summary);
        assertThat(store.quadCount()).isEqualTo(afterFirst + summary);
        assertThat(store.sourceGraphs()).containsExactly(DOC_A, DOC_B);
    }

    @Test
    void aChangedDocumentReplacesItsGraphAndLeavesOthersAlone() throws Exception {
        store.loadNQuads(write("v1.nq", docQuads(DOC_A, 5, "old") + docQuads(DOC_B, 3, "b")));
        LoadReport report = store.loadNQuads(write("v2.nq", docQuads(DOC_A, 2, "new")));

        assertThat(report.ok()).isTrue();
        assertThat(store.quadCount(DOC_A)).isEqualTo(7);
        assertThat(store.quadCount(DOC_B)).isEqualTo(10);
        String dump = dump();
        assertThat(dump).contains("\"new1\"").doesNotContain("\"old1\"").contains("\"b2\"");
    }

    @Test
    void aGraphThatComesBackLaterInTheFileIsReplacedNotDuplicated() throws Exception {
        LoadReport report = store.loadNQuads(write("split.nq",
                docQuads(DOC_A, 4, "first") + docQuads(DOC_B, 1, "b") + docQuads(DOC_A, 1, "second")));

        assertThat(report.ok()).isTrue();
        assertThat(report.graphs()).hasSize(3);
        assertThat(store.quadCount(DOC_A)).isEqualTo(4);
        assertThat(dump()).contains("\"second0\"").doesNotContain("\"first3\"");
    }

    @Test
    void anExceptionInTheMiddleOfAReplaceLeavesThePreviousGraphIntact() throws Exception {
        store.loadNQuads(write("v1.nq", docQuads(DOC_A, 5, "keep")));
        Node graph = NodeFactory.createURI(DOC_A);
        Node s = NodeFactory.createURI(DOC_A + "/new");
        Node p = NodeFactory.createURI(AIR + "anchorText");

        assertThatThrownBy(() -> store.replaceGraph(graph, stream -> {
            for (int i = 0; i < 50; i++)
                stream.quad(Quad.create(graph, s, p, NodeFactory.createLiteralString("half" + i)));
            throw new IllegalStateException("producer failed");
        })).isInstanceOf(StoreException.class).hasMessageContaining("producer failed");

        assertThat(store.quadCount(DOC_A)).isEqualTo(16);
        assertThat(dump()).contains("\"keep4\"").doesNotContain("\"half");
    }

    @Test
    void aSyntaxErrorAbortsOnlyTheGraphBeingWritten() throws Exception {
        store.loadNQuads(write("v1.nq", docQuads(DOC_A, 1, "a") + docQuads(DOC_B, 2, "oldb")));
        String broken = docQuads(DOC_B, 3, "newb");
        broken = broken.substring(0, broken.length() / 2) + "<not closed \n" + broken.substring(broken.length() / 2);
        LoadReport report = store.loadNQuads(write("v2.nq", docQuads(DOC_A, 3, "newa") + broken));

        assertThat(report.ok()).isFalse();
        assertThat(report.graphs()).extracting(GraphLoad::graph).containsExactly(DOC_A, DOC_B);
        assertThat(report.graphs().get(0).ok()).isTrue();
        assertThat(report.graphs().get(1).ok()).isFalse();
        assertThat(store.quadCount(DOC_A)).isEqualTo(10);
        assertThat(store.quadCount(DOC_B)).isEqualTo(7);
        assertThat(dump()).contains("\"oldb1\"").doesNotContain("\"newb0\"");
    }

    @Test
    void defaultGraphTriplesAreMergedIntoTheSharedGraphAndTheOntologyHasItsOwn() throws Exception {
        String shared1 = "<" + ID + "entity/Q1> <http://www.w3.org/2000/01/rdf-schema#label> \"one\" .\n";
        String shared2 = "<" + ID + "entity/Q2> <http://www.w3.org/2000/01/rdf-schema#label> \"two\" .\n";
        store.loadNQuads(write("s1.nq", shared1 + docQuads(DOC_A, 1, "a")));
        store.loadNQuads(write("s2.nq", shared2));
        String ttl = "@prefix air: <" + AIR + "> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                + "air:Claim a owl:Class . air:Source a owl:Class .\n";
        long ontologyQuads = store.loadOntology(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        store.loadOntology(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);

        assertThat(store.quadCount(TdbStore.SHARED_GRAPH)).isEqualTo(2);
        assertThat(ontologyQuads).isEqualTo(2);
        assertThat(store.quadCount(TdbStore.ONTOLOGY_GRAPH)).isEqualTo(2);
        assertThat(store.graphNames()).containsExactlyInAnyOrder(DOC_A, TdbStore.SHARED_GRAPH, TdbStore.ONTOLOGY_GRAPH, AIRID.SUMMARY_GRAPH);
        assertThat(store.sourceGraphs()).containsExactly(DOC_A);
    }

    @Test
    void replaceGraphFromQuadsPutsEverythingInTheNamedGraph() {
        Node graph = NodeFactory.createURI(DOC_A);
        Node elsewhere = NodeFactory.createURI(ID + "graph/other");
        Node s = NodeFactory.createURI(DOC_A + "/x");
        Node p = NodeFactory.createURI(AIR + "anchorText");
        List<Quad> quads = List.of(Quad.create(elsewhere, s, p, NodeFactory.createLiteralString("a")),
                Quad.create(graph, s, p, NodeFactory.createLiteralString("b")));

        assertThat(store.replaceGraph(graph, quads)).isEqualTo(2);
        assertThat(store.graphNames()).containsExactly(DOC_A);
        assertThat(store.quadCount(DOC_A)).isEqualTo(2);
    }

    /** The count read from the index sizes agrees with counting every quad and default-graph triple. */
    @Test
    void quadCountIsEveryNamedGraphQuadAndDefaultGraphTriple() throws Exception {
        store.loadFile(write("two.nq", docQuads(DOC_A, 4, "a") + docQuads(DOC_B, 2, "b")));
        Node s = NodeFactory.createURI(ID + "x");
        Node p = NodeFactory.createURI(AIR + "anchorText");
        org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
            store.dataset().asDatasetGraph().getDefaultGraph().add(s, p, NodeFactory.createLiteralString("in the default graph"));
            store.dataset().asDatasetGraph().getDefaultGraph().add(s, p, NodeFactory.createLiteralString("twice"));
        });
        long counted = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            long n = org.apache.jena.atlas.iterator.Iter.count(dsg.getDefaultGraph().find());
            for (Node g : org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes()))
                n += org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
            return n;
        });
        assertThat(counted).isGreaterThan(13 + 7 + 2);   // both documents, two triples, and the summary
        assertThat(store.quadCount()).isEqualTo(counted);
    }

    private String dump() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        store.exportNQuads(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
