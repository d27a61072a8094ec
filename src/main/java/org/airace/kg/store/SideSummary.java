package org.airace.kg.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.airace.kg.store.summary.DocumentTally;
import org.airace.kg.store.summary.SummaryUpdate;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * The summary of a bulk load, worked out on a thread of its own: tallying a document and turning its
 * figures into quads takes about a twentieth of a load's time, and the thread that writes into TDB2 is
 * the one every loader waits for. One worker thread owns the {@link SummaryUpdate} (its tasks run in
 * submission order, so nothing is shared); the writer hands it each complete run and writes back the
 * summary quads it returns, in run order, whenever they are ready.
 */
final class SideSummary implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "airace-summary");
        t.setDaemon(true);
        return t;
    });
    /** Confined to the worker thread. */
    private final SummaryUpdate summary = new SummaryUpdate();
    private final Deque<Future<List<Quad>>> pending = new ArrayDeque<>();

    /** Tallies a run of a newly written graph (ignored unless it is a source graph); the run must not change after. */
    void add(Node graph, List<Quad> run) {
        pending.add(worker.submit(() -> {
            DocumentTally tally = DocumentTally.ofSource(graph, run);
            if (tally == null)
                return List.of();
            summary.add(tally);
            CollectorStreamQuads out = new CollectorStreamQuads();
            summary.drainSourcesInto(out);
            return out.getCollected();
        }));
    }

    /** Writes the summary quads of the runs already tallied, without waiting for the others. */
    void writeReady(StreamRDF out) {
        while (!pending.isEmpty() && pending.peek().isDone())
            write(pending.poll(), out);
    }

    /** Writes every remaining per-source quad and then the corpus totals; the store must hold no summary before this load. */
    void finish(StreamRDF out) {
        while (!pending.isEmpty())
            write(pending.poll(), out);
        write(worker.submit(() -> {
            CollectorStreamQuads totals = new CollectorStreamQuads();
            summary.writeNew(totals);
            return totals.getCollected();
        }), out);
    }

    private static void write(Future<List<Quad>> quads, StreamRDF out) {
        try {
            quads.get().forEach(out::quad);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException("summary failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the summary", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        pending.clear();
    }
}
