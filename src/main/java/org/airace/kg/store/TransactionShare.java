package org.airace.kg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Lets another thread work on some TDB2 indexes inside the calling thread's write transaction.
 *
 * <p>TDB2 keeps a B+tree's transaction state (its root, the bounds of the blocks it may change in
 * place) in thread locals of that tree, one tree per index, each with files of its own. A helper
 * thread that is handed the caller's state of exactly the trees it works on, with
 * {@link BPlusTree#setComponentState}, works in the caller's transaction: the state objects are shared,
 * not copied, so whatever the helper changes (a new root) is what the caller commits, and joining the
 * helper makes its writes visible to the caller. This is safe as long as no two threads write the same
 * tree and nothing else of the transaction (node table, journal, commit) is used off the caller's
 * thread; readers of a tree nobody writes may be many, as concurrent readers of a store always are.
 */
final class TransactionShare {
    private TransactionShare() {}

    /**
     * A task that, run on another thread, gives it the calling thread's transaction state of every
     * index in {@code indexes}; null when one of them is not a B+tree (no TDB2 configuration has such
     * indexes today), so the caller must do the work itself.
     */
    static Runnable attacher(List<TupleIndex> indexes) {
        List<Runnable> attachments = new ArrayList<>();
        for (TupleIndex index : indexes) {
            BPlusTree tree = treeOf(index);
            if (tree == null)
                return null;
            // var: the state's type argument (BptTxnState) is not public in Jena.
            var state = tree.getComponentState();
            attachments.add(() -> tree.setComponentState(state));
        }
        return () -> attachments.forEach(Runnable::run);
    }

    private static BPlusTree treeOf(TupleIndex index) {
        if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree)
            return tree;
        return null;
    }
}
