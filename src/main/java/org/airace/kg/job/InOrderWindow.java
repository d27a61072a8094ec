package org.airace.kg.job;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool with at most {@code size} in flight, and hands their results back in the order
 * the tasks were submitted. Bounds memory (a corpus is never submitted all at once) while keeping the
 * output order, and so the output bytes, independent of which thread finishes first. A task that
 * throws stops the run: the others are cancelled and its exception is thrown to the submitter (tasks
 * that must not stop the run, such as annotating a batch, report their failures in their result).
 */
final class InOrderWindow<T> {

    private final ExecutorService pool;
    private final int size;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

    InOrderWindow(ExecutorService pool, int size) {
        this.pool = pool;
        this.size = Math.max(1, size);
    }

    /** Submits a task; first hands the oldest result to {@code consumer} when the window is full. */
    void submit(Callable<T> task, Consumer<? super T> consumer) throws InterruptedException {
        if (inFlight.size() >= size) consumer.accept(takeOldest());
        inFlight.add(pool.submit(task));
    }

    /** Hands on every remaining result, oldest first. */
    void drain(Consumer<? super T> consumer) throws InterruptedException {
        while (!inFlight.isEmpty()) consumer.accept(takeOldest());
    }

    private T takeOldest() throws InterruptedException {
        Future<T> oldest = inFlight.poll();
        try {
            return oldest.get();
        } catch (ExecutionException e) {
            cancelAll();
            Throwable t = e.getCause();
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error err) throw err;
            throw new IllegalStateException(t);
        } catch (InterruptedException e) {
            cancelAll();
            throw e;
        }
    }

    private void cancelAll() {
        for (Future<T> f : inFlight) f.cancel(true);
        inFlight.clear();
    }
}
