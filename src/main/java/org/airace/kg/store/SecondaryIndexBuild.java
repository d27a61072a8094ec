package org.airace.kg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Fills empty secondary indexes from a filled primary index, several indexes at a time, inside the
 * caller's write transaction. This is the last step of a bulk load and most of its time (five indexes
 * of random inserts, about 70 % of a load of a million quads): Jena's sequential loader builds them one
 * after the other on one core.
 *
 * <p>Why threads can share the transaction here: TDB2 keeps a B+tree's transaction state (its root,
 * the bounds of the blocks it may change in place) in thread locals of that tree, one tree per index,
 * each with files of its own. A helper thread is handed the caller's state of exactly the trees it
 * touches, with {@link BPlusTree#setComponentState}: the primary, which every thread only reads (as
 * concurrent readers of a store always do), and the secondary indexes it fills, which no other thread
 * touches. The state objects are shared, not copied, so whatever a helper changes (a new root) is what
 * the caller commits; joining the helpers makes their writes visible to it. Nothing else of the
 * transaction (the node table, the journal, the commit) is used off the caller's thread, so the load
 * stays one transaction, committed or aborted as a whole. Jena's parallel loaders reach the same speed-up
 * by giving up that single transaction; see {@code BulkQuadLoader}.
 *
 * <p>Indexes that are not B+trees (no such TDB2 configuration exists today) are built on the caller's
 * thread.
 */
final class SecondaryIndexBuild {
    private SecondaryIndexBuild() {}

    /**
     * Copies every tuple of {@code primary} into each of {@code secondaries}, on up to {@code threads}
     * threads (the caller's included). Call inside the write transaction that owns the indexes. If a copy
     * fails, the first failure is rethrown after every thread has stopped; the caller must then abort.
     */
    static void fill(TupleIndex primary, List<TupleIndex> secondaries, int threads) {
        BPlusTree primaryTree = treeOf(primary);
        boolean shareable = primaryTree != null && secondaries.stream().allMatch(i -> treeOf(i) != null);
        int helpers = shareable ? Math.min(threads, secondaries.size()) - 1 : 0;
        if (helpers <= 0) {
            for (TupleIndex index : secondaries)
                copy(primary, index);
            return;
        }
        List<Runnable> attachments = new ArrayList<>();
        attachments.add(attachment(primaryTree));
        for (TupleIndex index : secondaries)
            attachments.add(attachment(treeOf(index)));

        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < secondaries.size(); i = next.getAndIncrement())
                copy(primary, secondaries.get(i));
        };
        List<Helper> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            Helper helper = new Helper(attachments, work, primary.getName() + "-" + h);
            helper.start();
            started.add(helper);
        }
        Throwable failure = null;
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(secondaries.size()); // helpers take nothing new
        }
        // Always wait: the caller aborts on a failure, and no helper may still be writing then.
        for (Helper helper : started) {
            RuntimeException e = helper.await();
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

    /** The B+tree behind a TDB2 tuple index, or null when it is something else. */
    private static BPlusTree treeOf(TupleIndex index) {
        if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree)
            return tree;
        return null;
    }

    /** Sets, on the thread that runs it, the calling thread's transaction state of {@code tree}. */
    private static Runnable attachment(BPlusTree tree) {
        // var: the state's type argument (BptTxnState) is not public in Jena.
        var state = tree.getComponentState();
        return () -> tree.setComponentState(state);
    }

    /**
     * A helper thread. A new thread per build, not a pool: the trees' thread locals it holds point at
     * this transaction and go when the thread ends.
     */
    private static final class Helper extends Thread {
        private final List<Runnable> attachments;
        private final Runnable work;
        private volatile RuntimeException failure;

        Helper(List<Runnable> attachments, Runnable work, String name) {
            super("airace-index-" + name);
            setDaemon(true);
            this.attachments = attachments;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                attachments.forEach(Runnable::run);
                work.run();
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new IllegalStateException("building an index failed: " + e, e);
            }
        }

        /** Waits for the thread; its failure, or null. */
        RuntimeException await() {
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
