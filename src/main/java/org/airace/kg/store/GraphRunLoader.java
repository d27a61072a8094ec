package org.airace.kg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.airace.kg.store.summary.CorpusSummary;

/**
 * Receives parsed quads and replaces each run of quads of one named graph as a whole. The exporter
 * writes the quads of one document contiguously, so a run is one document: when the graph changes,
 * the run just ended replaces that graph's content. A graph that comes back later in the file is
 * replaced again: the last run wins, as a reload would.
 *
 * <p>A run is held in memory until it ends (a document is a few thousand quads), so only complete runs
 * ever reach the store, through a {@link RunWriter}. Into a store that holds no documents yet, runs go
 * as one bulk transaction ({@link BulkRunWriter}); otherwise, or from the first run
 * that must replace a graph written earlier in the file, through {@link BatchedRunWriter}, one write
 * transaction per batch of about {@value #BATCH_QUADS} quads: a commit forces the journal to disk, and
 * one commit per document made loading several times slower than Jena's bulk loaders. Holding back the
 * open run keeps the all-or-nothing rule per document: a syntax error drops the run it interrupts (that
 * graph keeps its old content) and the complete runs before it are still committed. A run that the
 * store refuses halfway abandons the open batch: nothing half-written is committed.
 *
 * <p>Triples of the default graph are not document data (shared descriptions, an ontology): they are
 * merged into {@code sharedGraph} without deleting what is there, because several documents may carry
 * the same shared triples and none of them owns that graph.
 *
 * <p>The writers keep the corpus summary ({@link CorpusSummary}) in the transaction that writes the
 * documents. Quads of the summary graph itself in the input (a dump of a whole store) are skipped: the
 * summary is derived, and what the loaded source graphs contribute is counted anyway.
 *
 * <p>{@link #finish()} does not commit: a parser may call it on the way out of an error. The caller
 * commits with {@link #commitCurrent()} after a clean parse, or calls {@link #abortCurrent(String)}.
 * All calls must come from one thread (TDB2 transactions are per thread); the parser itself may run on
 * another, see {@link BackgroundParser}.
 */
final class GraphRunLoader extends StreamRDFBase {
    /**
     * Quads written per transaction by the batched writer, about a thousand documents. Every commit leaves
     * copy-on-write copies of the index blocks it touched in the store files (TDB2 reclaims them only on
     * compaction), and those files are memory-mapped, so fewer commits mean a smaller store and a smaller
     * RSS: on 1.06 M quads, 200,000 per commit made a 674 MB store, 1,000,000 a 562 MB one (Jena's
     * single-transaction loaders: 521 MB). A write transaction's heap does not grow with its size (the
     * quads go straight into the mapped indexes), so larger batches cost only coarser progress.
     */
    static final int BATCH_QUADS = 1_000_000;
    /**
     * Overrides {@link #BATCH_QUADS} and turns the bulk path off (1 commits every document on its own, as
     * the kill test needs).
     */
    static final String BATCH_PROPERTY = "airace.loadBatchQuads";

    private final DatasetGraph dataset;
    private final Node sharedGraph;
    private final int batchQuads;
    private final LoadListener listener;
    private final List<GraphLoad> results = new ArrayList<>();
    /** Runs written since the last commit, reported once it commits. */
    private final List<GraphLoad> inBatch = new ArrayList<>();
    /** Runs of graphs the store held before a bulk load, replaced once the bulk load has committed. */
    private final List<List<Quad>> deferred = new ArrayList<>();
    /** The run being read; handed over whole when it ends (writers and the summary worker keep it). */
    private List<Quad> run = new ArrayList<>();
    private Node current;
    private RunWriter writer;
    /** The bulk writer while it is the writer in use, else null. */
    private BulkRunWriter bulk;

    /**
     * The loader {@link TdbStore#loadFile} uses: bulk into a store without documents unless
     * {@value #BATCH_PROPERTY} is set, batched otherwise. {@code listener} hears of each graph right after
     * the commit that made it durable returned.
     */
    static GraphRunLoader forStore(DatasetGraph dataset, Node sharedGraph, LoadListener listener) {
        Integer batch = Integer.getInteger(BATCH_PROPERTY);
        BulkRunWriter bulk = batch == null ? BulkRunWriter.ifNoDocuments(dataset, listener) : null;
        return new GraphRunLoader(dataset, sharedGraph, batch == null ? BATCH_QUADS : batch, listener, bulk);
    }

    /** A loader that always writes in batches of {@code batchQuads} quads. */
    GraphRunLoader(DatasetGraph dataset, Node sharedGraph, int batchQuads) {
        this(dataset, sharedGraph, batchQuads, committed -> { }, null);
    }

    private GraphRunLoader(DatasetGraph dataset, Node sharedGraph, int batchQuads, LoadListener listener,
                           BulkRunWriter bulk) {
        this.dataset = dataset;
        this.sharedGraph = sharedGraph;
        this.batchQuads = Math.max(1, batchQuads);
        this.listener = listener;
        this.bulk = bulk;
        this.writer = bulk != null ? bulk : new BatchedRunWriter(dataset, this.batchQuads);
    }

    @Override
    public void triple(Triple triple) {
        add(sharedGraph, triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph())
            add(sharedGraph, quad.getSubject(), quad.getPredicate(), quad.getObject());
        else
            add(quad);
    }

    private void add(Node graph, Node s, Node p, Node o) {
        add(Quad.create(graph, s, p, o));
    }

    private void add(Quad quad) {
        Node graph = quad.getGraph();
        if (!graph.equals(current)) {
            endRun();
            current = graph;
        }
        run.add(quad);
    }

    /** Writes the run that just ended, committing when the writer's batch is full. */
    private void endRun() {
        if (current == null)
            return;
        Node graph = current;
        List<Quad> quads = Collections.unmodifiableList(run);
        run = new ArrayList<>();
        current = null;
        if (graph.equals(CorpusSummary.graph())) {
            inBatch.add(new GraphLoad(graph.getURI(), 0, null));
            return;
        }
        boolean merge = graph.equals(sharedGraph);
        if (bulk != null && !bulk.accepts(graph, merge)) {
            if (bulk.wasPresent(graph) && deferred.stream().noneMatch(d -> d.get(0).getGraph().equals(graph))) {
                deferred.add(quads);
                return;
            }
            commitBatch();
        }
        write(graph, quads, merge);
    }

    private void write(Node graph, List<Quad> quads, boolean merge) {
        try {
            writer.write(graph, quads, merge);
        } catch (RuntimeException e) {
            // The writer may hold part of this run: the open batch is dropped whole, never committed.
            String why = reason(e);
            abandonBatch(why);
            results.add(new GraphLoad(graph.getURI(), 0, "not written: " + why));
            throw e;
        }
        inBatch.add(new GraphLoad(graph.getURI(), quads.size(), null));
        if (writer.full())
            commitBatch();
    }

    /**
     * Commits the open batch. A bulk writer commits once: after it the loader goes on in batches, first
     * replacing the graphs it deferred.
     */
    private void commitBatch() {
        List<GraphLoad> committed = List.of();
        try {
            writer.commit();
            committed = List.copyOf(inBatch);
            results.addAll(committed);
            inBatch.clear();
        } catch (RuntimeException e) {
            abandonBatch(reason(e));
        }
        committed.forEach(listener::committed);
        if (bulk != null)
            leaveBulk();
    }

    private void leaveBulk() {
        bulk = null;
        writer = new BatchedRunWriter(dataset, batchQuads);
        List<List<Quad>> replay = List.copyOf(deferred);
        deferred.clear();
        for (List<Quad> quads : replay)
            write(quads.get(0).getGraph(), quads, false);
        if (!replay.isEmpty())
            commitBatch();
    }

    /** Drops whatever the writer holds since its last commit; every run in it is reported as not committed. */
    private void abandonBatch(String why) {
        try {
            writer.abort();
        } finally {
            for (GraphLoad g : inBatch)
                results.add(new GraphLoad(g.graph(), 0, "not committed: " + why));
            inBatch.clear();
            if (bulk != null) {
                for (List<Quad> quads : deferred)
                    results.add(new GraphLoad(quads.get(0).getGraph().getURI(), 0, "not committed: " + why));
                deferred.clear();
                bulk = null;
                writer = new BatchedRunWriter(dataset, batchQuads);
            }
        }
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Writes the last run and commits everything written. */
    void commitCurrent() {
        endRun();
        commitBatch();
    }

    /**
     * Drops the run being read, recording why, and commits the complete runs before it; returns whether
     * a run was open.
     */
    boolean abortCurrent(String error) {
        boolean open = current != null;
        Node dropped = current;
        run.clear();
        current = null;
        commitBatch();
        if (open)
            results.add(new GraphLoad(dropped.getURI(), 0, error));
        return open;
    }

    /** True while runs go to the bulk writer (it has not committed yet). */
    boolean bulkPending() {
        return bulk != null;
    }

    List<GraphLoad> results() {
        return List.copyOf(results);
    }
}
