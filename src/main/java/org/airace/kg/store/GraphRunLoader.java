package org.airace.kg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Receives parsed quads and writes each run of quads of one named graph in its own write transaction.
 * The exporter writes the quads of one document contiguously, so a run is one document: when the graph
 * changes, the previous run is committed and the new graph is emptied (replaced) in a new transaction.
 * A graph that comes back later in the file is replaced again: the last run wins, as a reload would.
 *
 * <p>Triples of the default graph are not document data (shared descriptions, an ontology): they are
 * merged into {@code sharedGraph} without deleting what is there, because several documents may carry
 * the same shared triples and none of them owns that graph.
 *
 * <p>{@link #finish()} does not commit: a parser may call it on the way out of an error. The caller
 * commits with {@link #commitCurrent()} after a clean parse, or calls {@link #abortCurrent(String)}.
 * Parsing must happen on the calling thread (transactions are per thread).
 */
final class GraphRunLoader extends StreamRDFBase {
    private final DatasetGraph dataset;
    private final Node sharedGraph;
    private final List<GraphLoad> results = new ArrayList<>();
    private final Consumer<GraphLoad> onCommit;
    private Node current;
    private long count;

    GraphRunLoader(DatasetGraph dataset, Node sharedGraph) {
        this(dataset, sharedGraph, committed -> { });
    }

    /** {@code onCommit} hears of each run right after its commit returned (the graph is durable then). */
    GraphRunLoader(DatasetGraph dataset, Node sharedGraph, Consumer<GraphLoad> onCommit) {
        this.dataset = dataset;
        this.sharedGraph = sharedGraph;
        this.onCommit = onCommit;
    }

    @Override
    public void triple(Triple triple) {
        add(sharedGraph, triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    @Override
    public void quad(Quad quad) {
        Node graph = quad.isDefaultGraph() ? sharedGraph : quad.getGraph();
        add(graph, quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private void add(Node graph, Node s, Node p, Node o) {
        if (!graph.equals(current)) {
            commitCurrent();
            startRun(graph);
        }
        dataset.add(graph, s, p, o);
        count++;
    }

    private void startRun(Node graph) {
        dataset.begin(TxnType.WRITE);
        current = graph;
        count = 0;
        if (!graph.equals(sharedGraph))
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    /** Commits the open run, if any. */
    void commitCurrent() {
        if (current == null)
            return;
        GraphLoad committed;
        try {
            dataset.commit();
            committed = new GraphLoad(current.getURI(), count, null);
            results.add(committed);
        } finally {
            dataset.end();
            current = null;
        }
        onCommit.accept(committed);
    }

    /** Aborts the open run, if any, recording why; returns whether a run was open. */
    boolean abortCurrent(String error) {
        if (current == null)
            return false;
        try {
            dataset.abort();
            results.add(new GraphLoad(current.getURI(), 0, error));
        } finally {
            dataset.end();
            current = null;
        }
        return true;
    }

    List<GraphLoad> results() {
        return List.copyOf(results);
    }

}
