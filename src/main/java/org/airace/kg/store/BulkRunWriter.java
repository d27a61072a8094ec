package org.airace.kg.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.store.summary.CorpusSummary;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes runs into a store that holds no documents yet in one transaction, through a
 * {@link BulkQuadLoader}: into an empty quad table it fills the node table and the primary quad index
 * while the file is parsed and builds the secondary indexes from it at the end, as Jena's sequential
 * loader does (the fastest of Jena's loaders on two cores within 1 GB; its parallel and phased loaders
 * need two to three), but on all cores; into a table holding something (the ontology, shared
 * descriptions) it adds to all indexes as it goes, still in one transaction. The corpus summary goes
 * in through the same loader: each source's own figures as it is written, the corpus totals (which need
 * every source) at the commit; with nothing stored before, every total is just the sum of what was
 * loaded, so nothing has to be read back. Tallying happens on a worker thread ({@link SideSummary}).
 *
 * <p>A bulk load can only add. A run of a graph this load already wrote, or of a graph that was in the
 * store before, needs a replace: {@link #accepts} says no, and the caller commits this writer and goes on
 * with a {@link BatchedRunWriter}. The commit is all-or-nothing for the whole load; a process killed
 * before it leaves the store as it was.
 *
 * <p>While it loads into an empty quad table, the loader detaches the secondary indexes from the
 * table that every reader of this location in the JVM shares, so nothing may query the store until the
 * commit. The commands never do: {@code airace load} does not serve, and {@code airace up} serves only
 * after its load has finished (another JVM cannot open the location at all).
 */
final class BulkRunWriter implements RunWriter {
    private final BulkQuadLoader loader;
    private final Set<Node> present;
    private final Set<Node> written = new HashSet<>();
    private final SideSummary summary = new SideSummary();
    private StreamRDF stream;
    /** Set by the commit or abort: the store is no longer empty (or the loader is spent). */
    private boolean finished;

    private BulkRunWriter(DatasetGraph dataset, Set<Node> present, LoadListener listener) {
        this.loader = new BulkQuadLoader(dataset, listener);
        this.present = present;
    }

    /**
     * A bulk writer for {@code dataset} when it holds no source graph and no summary (a new store, or one
     * holding only the ontology and shared descriptions), else null. Call outside a transaction.
     */
    static BulkRunWriter ifNoDocuments(DatasetGraph dataset, LoadListener listener) {
        Set<Node> graphs = Txn.calculateRead(dataset, () -> {
            Set<Node> names = new HashSet<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            for (Node g : names) {
                if (g.equals(CorpusSummary.graph()) || CorpusSummary.isSourceGraph(dataset, g))
                    return null;
            }
            return names;
        });
        return graphs == null ? null : new BulkRunWriter(dataset, graphs, listener);
    }

    /** False for a run that would have to replace something: a graph written earlier in this load or stored before it. */
    boolean accepts(Node graph, boolean merge) {
        return merge || !(written.contains(graph) || present.contains(graph));
    }

    /** True when {@code graph} was in the store before this load began. */
    boolean wasPresent(Node graph) {
        return present.contains(graph);
    }

    @Override
    public void write(Node graph, List<Quad> run, boolean merge) {
        if (finished)
            throw new IllegalStateException("this bulk load has ended");
        if (!accepts(graph, merge))
            throw new IllegalStateException("a bulk load cannot replace " + graph);
        if (stream == null) {
            loader.start();
            stream = loader.stream();
        }
        for (Quad q : run)
            stream.quad(q);
        if (merge)
            return;
        written.add(graph);
        summary.add(graph, run);
        summary.writeReady(stream);
    }

    /** Never: the whole load is one transaction. */
    @Override
    public boolean full() {
        return false;
    }

    @Override
    public void commit() {
        finished = true;
        if (stream == null) {
            summary.close();
            return;
        }
        try {
            summary.finish(stream);
        } finally {
            summary.close();
        }
        stream = null;
        loader.commit();
    }

    @Override
    public void abort() {
        finished = true;
        summary.close();
        if (stream == null)
            return;
        stream = null;
        loader.abort();
    }
}
