package org.airace.kg.job;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool with at most {@code size} in flight, and hands their outcomes back in the order
 * the tasks were submitted. Bounds memory (a corpus is never submitted all at once) while keeping the
 * output order, and so the output bytes, independent of which thread finishes first.
 */
final class InOrderWindow<T> {

    /** A task's result, or what it threw. */
    record Outcome<T>(Path file, T value, Throwable failure) {}

    private record Pending<T>(Path file, Future<T> future) {}

    private final ExecutorService pool;
    private final int size;
    private final ArrayDeque<Pending<T>> inFlight = new ArrayDeque<>();

    InOrderWindow(ExecutorService pool, int size) {
        this.pool = pool;
        this.size = Math.max(1, size);
    }

    /** Submits a task; first hands on the oldest outcome when the window is full. Failures go to the consumer. */
    void submitCatching(Path file, Callable<T> task, Consumer<Outcome<T>> consumer) throws InterruptedException {
        if (inFlight.size() >= size) consumer.accept(takeOldest());
        inFlight.add(new Pending<>(file, pool.submit(task)));
    }

    /** Hands on every remaining outcome, oldest first. */
    void drainCatching(Consumer<Outcome<T>> consumer) throws InterruptedException {
        while (!inFlight.isEmpty()) consumer.accept(takeOldest());
    }

    /** As {@link #submitCatching}, but a failed task stops the run: its exception is thrown here. */
    void submit(Callable<T> task, Consumer<? super T> consumer) throws InterruptedException {
        submitCatching(null, task, rethrowing(consumer));
    }

    void drain(Consumer<? super T> consumer) throws InterruptedException {
        drainCatching(rethrowing(consumer));
    }

    private Consumer<Outcome<T>> rethrowing(Consumer<? super T> consumer) {
        return outcome -> {
            if (outcome.failure() != null) {
                cancelAll();
                Throwable t = outcome.failure();
                if (t instanceof RuntimeException re) throw re;
                if (t instanceof Error e) throw e;
                throw new IllegalStateException(t);
            }
            consumer.accept(outcome.value());
        };
    }

    private Outcome<T> takeOldest() throws InterruptedException {
        Pending<T> p = inFlight.poll();
        try {
            return new Outcome<>(p.file(), p.future().get(), null);
        } catch (ExecutionException e) {
            return new Outcome<>(p.file(), null, e.getCause());
        } catch (InterruptedException e) {
            cancelAll();
            throw e;
        }
    }

    private void cancelAll() {
        for (Pending<T> p : inFlight) p.future().cancel(true);
        inFlight.clear();
    }
}
