package org.airace.kg.store;

import java.util.List;
import org.airace.kg.store.summary.CorpusSummary;
import org.airace.kg.store.summary.DocumentTally;
import org.airace.kg.store.summary.SummaryUpdate;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Replaces graphs in ordinary TDB2 write transactions, many runs per transaction: each run deletes its
 * graph's old content and adds its quads, and the corpus summary is updated in the same transaction
 * (the replaced source's tally subtracted, the new one added), so readers see documents and counts
 * change together. Works on any store; see {@link BulkRunWriter} for the faster path into an empty one.
 */
final class BatchedRunWriter implements RunWriter {
    private final DatasetGraph dataset;
    private final long batchQuads;
    private SummaryUpdate summary = new SummaryUpdate();
    private long written;

    BatchedRunWriter(DatasetGraph dataset, long batchQuads) {
        this.dataset = dataset;
        this.batchQuads = Math.max(1, batchQuads);
    }

    @Override
    public void write(Node graph, List<Quad> run, boolean merge) {
        if (!dataset.isInTransaction())
            dataset.begin(TxnType.WRITE);
        if (!merge) {
            DocumentTally old = CorpusSummary.tallyStored(dataset, graph);
            if (old != null) summary.remove(old);
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        }
        for (Quad q : run)
            dataset.add(q);
        if (!merge) {
            DocumentTally added = DocumentTally.ofSource(graph, run);
            if (added != null) summary.add(added);
        }
        written += run.size();
    }

    @Override
    public boolean full() {
        return written >= batchQuads;
    }

    @Override
    public void commit() {
        if (!dataset.isInTransaction())
            return;
        summary.applyTo(dataset);
        dataset.commit();
        dataset.end();
        reset();
    }

    @Override
    public void abort() {
        if (dataset.isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
        reset();
    }

    private void reset() {
        summary = new SummaryUpdate();
        written = 0;
    }
}
