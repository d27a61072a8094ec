package org.airace.kg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/**
 * A TDB2 store as users build it: the real extraction of the example corpus and, when present, the
 * development articles, one graph per document, plus the ontology. Two triples are added to the
 * storage's default graph (one new, one repeating an ontology triple) so that dumps must handle a
 * default graph and a triple held in two places; and a stale description graph, as loading a quad dump
 * back leaves, holds one triple of its own and one of a document graph: exports leave it out.
 */
final class ExportStore {
    private ExportStore() {}

    static final Triple DEFAULT_ONLY = Triple.create(NodeFactory.createURI("https://example.org/default-only"),
            RDFS.Nodes.label, NodeFactory.createLiteralString("only in the default graph"));

    private static TdbStore shared;

    /** One store for all export test classes of the JVM (extraction takes most of the time), removed at exit. */
    static synchronized TdbStore shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("airace-export-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            shared = build(dir.resolve("tdb2"));
        }
        return shared;
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort: a temporary folder left behind is harmless
        }
    }

    /** Statements of the store, the default graph and the named graphs alike, without the stale description graph. */
    static final String ALL = "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + DistinctTriples.DESCRIPTION_GRAPH + ">) } }";

    static TdbStore build(Path dir) throws Exception {
        Path basedir = Path.of(System.getProperty("airace.basedir", "."));
        List<Path> inputs = new ArrayList<>(List.of(basedir.resolve("examples").resolve("corpus")));
        Path seeds = Path.of(System.getProperty("airace.shared", "../shared"), "seeds");
        if (Files.isDirectory(seeds))
            inputs.add(seeds);
        RunReport report = new RunReport("test");
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        try (ExtractionJob job = ExtractionJob.create(2, new PrintStream(new ByteArrayOutputStream()))) {
            for (ResolvedDocument doc : job.extract(inputs, report))
                for (Quad q : job.quads(doc))
                    graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
        }
        assertThat(report.anyFailed()).as(report.summary()).isFalse();
        TdbStore store = TdbStore.open(dir);
        graphs.forEach(store::replaceGraph);
        store.loadOntology(basedir.resolve("ontology").resolve("airace.ttl"));
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node aSource = NodeFactory.createURI(store.sourceGraphs().get(0));
        Txn.executeWrite(dsg, () -> {
            dsg.getDefaultGraph().add(DEFAULT_ONLY);
            Quad fromOntology = dsg.find(NodeFactory.createURI(TdbStore.ONTOLOGY_GRAPH), Node.ANY, Node.ANY, Node.ANY).next();
            dsg.getDefaultGraph().add(fromOntology.asTriple());
            Node stale = NodeFactory.createURI(DistinctTriples.DESCRIPTION_GRAPH);
            dsg.add(stale, NodeFactory.createURI("https://w3id.org/airace/id/dataset"),
                    NodeFactory.createURI("http://rdfs.org/ns/void#triples"), NodeFactory.createLiteralString("stale"));
            dsg.add(new Quad(stale, dsg.find(aSource, Node.ANY, Node.ANY, Node.ANY).next().asTriple()));
        });
        return store;
    }
}
