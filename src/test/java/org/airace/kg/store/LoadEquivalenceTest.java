package org.airace.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TdbStore#loadFile} (parser thread, batched transactions) must leave exactly the store that a
 * plain quad-by-quad load with the same replace rules leaves: same quads, and every index answering
 * every access pattern the same way.
 */
class LoadEquivalenceTest {
    private static final Node SHARED = NodeFactory.createURI(TdbStore.SHARED_GRAPH);
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    @TempDir
    Path tmp;

    private static String graph(String name) {
        return "<urn:graph:" + name + ">";
    }

    /** A run of {@code n} quads of one graph with literals of several kinds (some inline in TDB2), two of them duplicates. */
    private static void run(StringBuilder out, String graph, int n, int variant) {
        for (int i = 0; i < n; i++) {
            String s = "<urn:s:" + (i % 17) + ">";
            String o;
            switch (i % 6) {
                case 0 -> o = "\"" + (i * variant) + "\"^^<" + XSD + "integer>";
                case 1 -> o = "\"2026-0" + (1 + i % 9) + "-1" + (i % 10) + "\"^^<" + XSD + "date>";
                case 2 -> o = "\"標題 " + i + "\"@zh-Hant";
                case 3 -> o = "<urn:o:" + (i % 29) + ">";
                case 4 -> o = "\"" + (i / 7.0) + "\"^^<" + XSD + "double>";
                default -> o = "\"text " + variant + " " + "x".repeat(i % 40) + "\"";
            }
            String line = s + " <urn:p:" + (i % 5) + "> " + o + " " + graph + " .\n";
            out.append(line);
            if (i % 50 == 7)
                out.append(line);
        }
    }

    private Path file() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < 8; g++)
            run(sb, graph("d" + g), 150 + 37 * g, g + 1);
        sb.append("<urn:shared:a> <urn:p:0> \"shared one\" .\n");
        run(sb, graph("d3"), 60, 11);                  // d3 again: its last run wins
        run(sb, graph("old"), 40, 12);                 // replaces what the store held before
        sb.append("<urn:shared:b> <urn:p:0> \"shared two\" .\n");
        sb.append("<urn:shared:old> <urn:p:0> \"kept\" .\n");   // already in the shared graph
        run(sb, graph("d9"), 500, 13);
        Path f = tmp.resolve("load.nq");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private static void seed(TdbStore store) {
        List<Quad> old = new ArrayList<>();
        for (int i = 0; i < 30; i++)
            old.add(Quad.create(NodeFactory.createURI("urn:graph:old"), NodeFactory.createURI("urn:s:" + i),
                    NodeFactory.createURI("urn:p:stale"), NodeFactory.createLiteralString("stale " + i)));
        store.replaceGraph(NodeFactory.createURI("urn:graph:old"), old);
        store.replaceGraph(SHARED, List.of(Quad.create(SHARED, NodeFactory.createURI("urn:shared:old"),
                NodeFactory.createURI("urn:p:0"), NodeFactory.createLiteralString("kept"))));
    }

    /** The rules written out the slow, obvious way: per run, delete the graph (unless shared), add each quad. */
    private static void plainLoad(DatasetGraph dsg, Path f) {
        List<Quad> all = new ArrayList<>();
        RDFParser.source(f.toString()).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                all.add(q.isDefaultGraph() ? Quad.create(SHARED, q.asTriple()) : q);
            }
        });
        Txn.executeWrite(dsg, () -> {
            Node current = null;
            for (Quad q : all) {
                if (!q.getGraph().equals(current)) {
                    current = q.getGraph();
                    if (!current.equals(SHARED))
                        dsg.deleteAny(current, Node.ANY, Node.ANY, Node.ANY);
                }
                dsg.add(q);
            }
        });
    }

    private static Set<Quad> find(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> new HashSet<>(Iter.toList(dsg.find(g, s, p, o))));
    }

    @Test
    void batchedBackgroundLoadEqualsAPlainLoadInEveryIndex() throws IOException {
        System.setProperty(GraphRunLoader.BATCH_PROPERTY, "700");   // several commits, runs across parser chunks
        try {
            loadEqualsAPlainLoadInEveryIndex(false, true);
        } finally {
            System.clearProperty(GraphRunLoader.BATCH_PROPERTY);
        }
    }

    /**
     * The store holds no source graph, so the load starts as a bulk load: "old" was stored before
     * (deferred, replaced after the bulk commit) and d3 comes back (the bulk load commits there and the
     * rest goes in batches).
     */
    @Test
    void bulkLoadThatMustReplaceGraphsEqualsAPlainLoadInEveryIndex() throws IOException {
        loadEqualsAPlainLoadInEveryIndex(true, true);
    }

    /**
     * Into an empty quad table the bulk load fills only the primary index while loading and builds the
     * other five at the commit, on all cores; d3 coming back then goes through the batched path on the rebuilt indexes.
     */
    @Test
    void bulkLoadIntoAnEmptyStoreEqualsAPlainLoadInEveryIndex() throws IOException {
        loadEqualsAPlainLoadInEveryIndex(true, false);
    }

    private void loadEqualsAPlainLoadInEveryIndex(boolean bulk, boolean seeded) throws IOException {
        Path f = file();
        Path fastDir = tmp.resolve("fast");
        Path plainDir = tmp.resolve("plain");
        LoadReport report;
        try (TdbStore fast = TdbStore.open(fastDir)) {
            if (seeded)
                seed(fast);
            DatasetGraph dsg = fast.dataset().asDatasetGraph();
            assertThat(GraphRunLoader.forStore(dsg, SHARED, g -> { }).bulkPending()).isEqualTo(bulk);
            report = fast.loadFile(f);
        }
        try (TdbStore plain = TdbStore.open(plainDir)) {
            if (seeded)
                seed(plain);
            plainLoad(plain.dataset().asDatasetGraph(), f);
        }

        assertThat(report.ok()).isTrue();
        assertThat(report.graphs()).hasSize(13);
        try (TdbStore fast = TdbStore.open(fastDir); TdbStore plain = TdbStore.open(plainDir)) {
            DatasetGraph a = fast.dataset().asDatasetGraph();
            DatasetGraph b = plain.dataset().asDatasetGraph();
            Set<Quad> all = find(b, Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            assertThat(find(a, Node.ANY, Node.ANY, Node.ANY, Node.ANY)).isEqualTo(all);
            assertThat(find(a, NodeFactory.createURI("urn:graph:old"), Node.ANY, NodeFactory.createURI("urn:p:stale"), Node.ANY)).isEmpty();
            assertThat(fast.quadCount("urn:graph:d3")).isEqualTo(plain.quadCount("urn:graph:d3")).isEqualTo(60);   // 62 lines, 2 duplicates; first run gone
            assertThat(fast.graphNames()).isEqualTo(plain.graphNames());

            // Each pattern is answered by a different index (GSPO, POSG, OSPG, GPOS, SPOG, GOSP).
            List<Function<Quad, Quad>> patterns = List.of(
                    q -> Quad.create(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY),
                    q -> Quad.create(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()),
                    q -> Quad.create(Node.ANY, q.getSubject(), Node.ANY, q.getObject()),
                    q -> Quad.create(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY),
                    q -> Quad.create(Node.ANY, q.getSubject(), q.getPredicate(), Node.ANY),
                    q -> Quad.create(q.getGraph(), Node.ANY, Node.ANY, q.getObject()),
                    q -> Quad.create(Node.ANY, Node.ANY, Node.ANY, q.getObject()));
            int checked = 0;
            for (Quad q : all) {
                if (checked++ % 7 != 0)
                    continue;
                for (Function<Quad, Quad> pattern : patterns) {
                    Quad p = pattern.apply(q);
                    Set<Quad> expected = find(b, p.getGraph(), p.getSubject(), p.getPredicate(), p.getObject());
                    assertThat(find(a, p.getGraph(), p.getSubject(), p.getPredicate(), p.getObject()))
                            .as("pattern %s", p).isEqualTo(expected).contains(q);
                }
            }
            // Every quad index holds every quad exactly once.
            Txn.executeRead(a, () -> {
                for (TupleIndex index : TDBInternal.getDatasetGraphTDB(a).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
                    assertThat(index.size()).as(index.getName()).isEqualTo(all.size());
            });
        }
    }
}
