package org.airace.kg.store;

/**
 * What {@link TdbStore#loadFile(java.nio.file.Path, LoadListener)} tells its caller while it runs.
 * A lambda is a listener that hears of commits only.
 */
@FunctionalInterface
public interface LoadListener {

    /** A graph is durable: called right after the transaction that wrote it has committed. */
    void committed(GraphLoad graph);

    /**
     * A bulk load has written every quad to the primary index and now builds the other {@code indexes}
     * from it on {@code threads} threads, the longest step without other news; the commit follows.
     */
    default void indexing(long quads, int indexes, int threads) {
    }
}
