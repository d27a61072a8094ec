package org.airace.kg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

/**
 * Fills empty secondary indexes from a filled primary index, several indexes at a time, inside the
 * caller's write transaction (the helper threads share it, see {@link TransactionShare}): the primary,
 * which every thread only reads, and the secondary indexes each helper fills, which no other thread
 * touches. Jena's sequential loader builds them one after the other on one core.
 */
final class SecondaryIndexBuild {
    private SecondaryIndexBuild() {}

    /**
     * Copies every tuple of {@code primary} into each of {@code secondaries}, on up to {@code threads}
     * threads (the caller's included). Call inside the write transaction that owns the indexes. If a copy
     * fails, the first failure is rethrown after every thread has stopped; the caller must then abort.
     */
    static void fill(TupleIndex primary, List<TupleIndex> secondaries, int threads) {
        List<TupleIndex> all = new ArrayList<>(secondaries);
        all.add(primary);
        Runnable attach = TransactionShare.attacher(all);
        int helpers = attach == null ? 0 : Math.min(threads, secondaries.size()) - 1;
        if (helpers <= 0) {
            for (TupleIndex index : secondaries)
                copy(primary, index);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < secondaries.size(); i = next.getAndIncrement())
                    copy(primary, secondaries.get(i));
            } catch (RuntimeException | Error e) {
                next.set(secondaries.size()); // a failed build: no thread starts another index
                throw e;
            }
        };
        List<Helper> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            Helper helper = new Helper(attach, work, primary.getName() + "-" + h);
            helper.start();
            started.add(helper);
        }
        Throwable failure = null;
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        // Always wait: the caller aborts on a failure, and no helper may still be writing then.
        for (Helper helper : started) {
            Throwable e = helper.await();
            if (failure == null)
                failure = e;
            else if (e != null)
                failure.addSuppressed(e);
        }
        if (failure instanceof RuntimeException e)
            throw e;
        if (failure instanceof Error e)
            throw e;
    }

    private static void copy(TupleIndex from, TupleIndex to) {
        Iterator<Tuple<NodeId>> tuples = from.all();
        while (tuples.hasNext())
            to.add(tuples.next());
    }

    /**
     * A helper thread. A new thread per build, not a pool: the trees' thread locals it holds point at
     * this transaction and go when the thread ends.
     */
    private static final class Helper extends Thread {
        private final Runnable attach;
        private final Runnable work;
        private volatile Throwable failure;

        Helper(Runnable attach, Runnable work, String name) {
            super("airace-index-" + name);
            setDaemon(true);
            this.attach = attach;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                attach.run();
                work.run();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        /** Waits for the thread; its failure, or null. */
        Throwable await() {
            boolean interrupted = false;
            while (true) {
                try {
                    join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted)
                Thread.currentThread().interrupt();
            return failure;
        }
    }
}
