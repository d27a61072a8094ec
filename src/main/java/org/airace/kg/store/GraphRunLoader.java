package org.airace.kg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.airace.kg.store.summary.CorpusSummary;
import org.airace.kg.store.summary.DocumentTally;
import org.airace.kg.store.summary.SummaryUpdate;

/**
 * Receives parsed quads and replaces each run of quads of one named graph as a whole. The exporter
 * writes the quads of one document contiguously, so a run is one document: when the graph changes,
 * the run just ended replaces that graph's content. A graph that comes back later in the file is
 * replaced again: the last run wins, as a reload would.
 *
 * <p>A run is held in memory until it ends (a document is a few thousand quads), so only complete runs
 * ever reach the store. Complete runs are written in batches, one write transaction per batch of about
 * {@value #BATCH_QUADS} quads: a commit forces the journal to disk, and one commit per document made
 * loading several times slower than Jena's bulk loaders. Holding back the open run keeps the
 * all-or-nothing rule per document: a syntax error drops the run it interrupts (that graph keeps its
 * old content) and the complete runs before it are still committed.
 *
 * <p>Triples of the default graph are not document data (shared descriptions, an ontology): they are
 * merged into {@code sharedGraph} without deleting what is there, because several documents may carry
 * the same shared triples and none of them owns that graph.
 *
 * <p>Each batch also updates the corpus summary ({@link CorpusSummary}) in the same transaction: the
 * tallies of replaced source graphs are subtracted and those of the new runs added. Quads of the summary
 * graph itself in the input (a dump of a whole store) are skipped: the summary is derived, and what the
 * loaded source graphs contribute is counted anyway.
 *
 * <p>{@link #finish()} does not commit: a parser may call it on the way out of an error. The caller
 * commits with {@link #commitCurrent()} after a clean parse, or calls {@link #abortCurrent(String)}.
 * All calls must come from one thread (TDB2 transactions are per thread); the parser itself may run on
 * another, see {@link BackgroundParser}.
 */
final class GraphRunLoader extends StreamRDFBase {
    /**
     * Quads written per transaction, about a thousand documents. Every commit leaves copy-on-write copies
     * of the index blocks it touched in the store files (TDB2 reclaims them only on compaction), and
     * those files are memory-mapped, so fewer commits mean a smaller store and a smaller RSS: on 1.06 M
     * quads, 200,000 per commit made a 674 MB store, 1,000,000 a 562 MB one (Jena's single-transaction
     * loaders: 521 MB). A write transaction's heap does not grow with its size (the quads go straight
     * into the mapped indexes), so larger batches cost only coarser progress.
     */
    static final int BATCH_QUADS = 1_000_000;
    /** Overrides {@link #BATCH_QUADS} (1 commits every document on its own, as the kill test needs). */
    static final String BATCH_PROPERTY = "airace.loadBatchQuads";

    private final DatasetGraph dataset;
    private final Node sharedGraph;
    private final int batchQuads;
    private final Consumer<GraphLoad> onCommit;
    private final List<GraphLoad> results = new ArrayList<>();
    /** Runs written in the open transaction, reported once it commits. */
    private final List<GraphLoad> inBatch = new ArrayList<>();
    private final List<Quad> run = new ArrayList<>();
    private Node current;
    private long batchSize;
    private SummaryUpdate summary = new SummaryUpdate();

    GraphRunLoader(DatasetGraph dataset, Node sharedGraph) {
        this(dataset, sharedGraph, Integer.getInteger(BATCH_PROPERTY, BATCH_QUADS), committed -> { });
    }

    /** {@code onCommit} hears of each graph right after the commit that made it durable returned. */
    GraphRunLoader(DatasetGraph dataset, Node sharedGraph, Consumer<GraphLoad> onCommit) {
        this(dataset, sharedGraph, Integer.getInteger(BATCH_PROPERTY, BATCH_QUADS), onCommit);
    }

    GraphRunLoader(DatasetGraph dataset, Node sharedGraph, int batchQuads) {
        this(dataset, sharedGraph, batchQuads, committed -> { });
    }

    GraphRunLoader(DatasetGraph dataset, Node sharedGraph, int batchQuads, Consumer<GraphLoad> onCommit) {
        this.dataset = dataset;
        this.sharedGraph = sharedGraph;
        this.batchQuads = Math.max(1, batchQuads);
        this.onCommit = onCommit;
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

    /** Writes the run that just ended into the open batch, committing the batch when it is full. */
    private void endRun() {
        if (current == null)
            return;
        if (current.equals(CorpusSummary.graph())) {
            inBatch.add(new GraphLoad(current.getURI(), 0, null));
            run.clear();
            current = null;
            return;
        }
        if (!dataset.isInTransaction())
            dataset.begin(TxnType.WRITE);
        if (!current.equals(sharedGraph)) {
            DocumentTally old = CorpusSummary.tallyStored(dataset, current);
            if (old != null) summary.remove(old);
            dataset.deleteAny(current, Node.ANY, Node.ANY, Node.ANY);
        }
        for (Quad q : run)
            dataset.add(q);
        if (!current.equals(sharedGraph)) {
            DocumentTally added = DocumentTally.ofSource(current, run);
            if (added != null) summary.add(added);
        }
        inBatch.add(new GraphLoad(current.getURI(), run.size(), null));
        batchSize += run.size();
        run.clear();
        current = null;
        if (batchSize >= batchQuads)
            commitBatch();
    }

    private void commitBatch() {
        if (!dataset.isInTransaction())
            return;
        List<GraphLoad> committed = List.of();
        try {
            summary.applyTo(dataset);
            dataset.commit();
            committed = List.copyOf(inBatch);
            results.addAll(committed);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            for (GraphLoad g : inBatch)
                results.add(new GraphLoad(g.graph(), 0, "not committed: " + why));
            dataset.abort();
        } finally {
            dataset.end();
            summary = new SummaryUpdate();
            inBatch.clear();
            batchSize = 0;
        }
        committed.forEach(onCommit);
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

    List<GraphLoad> results() {
        return List.copyOf(results);
    }
}
