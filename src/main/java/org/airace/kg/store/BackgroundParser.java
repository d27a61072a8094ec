package org.airace.kg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs an {@link RDFParser} on a thread of its own and delivers its triples and quads, in file order,
 * to a {@link StreamRDF} on the calling thread. Parsing is about a quarter of a load's time; on its own
 * thread it overlaps with writing, while the sink (and so every TDB2 transaction, which belongs to
 * the thread that began it) stays on the caller's thread.
 *
 * <p>Statements cross in chunks through a bounded queue, so memory stays flat whatever the file size.
 * A parse error reaches the caller after every statement parsed before it, as the same exception the
 * parser threw, exactly as if the parser had run on the calling thread. If the sink throws, the parser
 * is stopped and the sink's exception propagates.
 */
final class BackgroundParser {
    private static final int CHUNK = 1024;
    private static final int QUEUED_CHUNKS = 8;
    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private volatile boolean cancelled;

    private BackgroundParser() {}

    /** Parses with {@code parser}, feeding {@code sink} on this thread; returns when the source is done. */
    static void parse(RDFParser parser, StreamRDF sink) {
        new BackgroundParser().run(parser, sink);
    }

    private void run(RDFParser parser, StreamRDF sink) {
        Thread thread = new Thread(() -> produce(parser), "airace-parse");
        thread.setDaemon(true);
        thread.start();
        boolean done = false;
        try {
            sink.start();
            consume(sink);
            sink.finish();
            done = true;
        } finally {
            if (!done)
                cancelled = true;
            queue.clear();
            join(thread);
        }
    }

    private void consume(StreamRDF sink) {
        while (true) {
            Chunk chunk = take();
            for (Object item : chunk.items()) {
                if (item instanceof Quad q)
                    sink.quad(q);
                else
                    sink.triple((Triple) item);
            }
            if (chunk.error() != null)
                throw rethrowable(chunk.error());
            if (chunk.last())
                return;
        }
    }

    private void produce(RDFParser parser) {
        Collector collector = new Collector();
        try {
            parser.parse(collector);
            collector.send(true, null);
        } catch (CancellationException stopped) {
            // The consumer gave up; nobody is waiting for the rest.
        } catch (Throwable error) {
            try {
                collector.send(true, error);
            } catch (CancellationException stopped) {
                // as above
            }
        }
    }

    private Chunk take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the parser", e);
        }
    }

    /** Blocks while the queue is full, giving up when the consumer cancelled. */
    private void put(Chunk chunk) {
        if (cancelled)
            throw new CancellationException("load stopped");
        try {
            while (!queue.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled)
                    throw new CancellationException("load stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("parser interrupted");
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrowable(Throwable error) {
        if (error instanceof RuntimeException r)
            return r;
        if (error instanceof Error e)
            throw e;
        return new IllegalStateException(error.getMessage(), error);
    }

    /** Gathers statements on the parser thread into chunks. */
    private final class Collector extends StreamRDFBase {
        private List<Object> items = new ArrayList<>(CHUNK);

        @Override
        public void triple(Triple triple) {
            add(triple);
        }

        @Override
        public void quad(Quad quad) {
            add(quad);
        }

        private void add(Object item) {
            items.add(item);
            if (items.size() >= CHUNK)
                send(false, null);
        }

        void send(boolean last, Throwable error) {
            put(new Chunk(items, last, error));
            items = new ArrayList<>(CHUNK);
        }
    }

    /** A run of statements; the last one says whether the source ended and how. */
    private record Chunk(List<Object> items, boolean last, Throwable error) {}
}
