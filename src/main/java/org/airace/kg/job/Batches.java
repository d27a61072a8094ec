package org.airace.kg.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Groups documents, in order, into the batches one task annotates stage by stage
 * ({@link org.airace.kg.annotate.Pipeline#annotateAll}). A batch is closed once it holds
 * {@link #BUDGET_BYTES} of input, or a smaller share when the corpus is small, so that every thread
 * still gets several batches. A document that fills a batch by itself is a batch of its own.
 */
public final class Batches {

    /**
     * About thirty news articles. Measured on the 2 MB bench corpus (articles of 8 KB on average):
     * batches of 8 to 64 documents all ran faster than one document at a time, 32 the fastest.
     */
    public static final long BUDGET_BYTES = 256 * 1024;

    /** Batches per thread, at least, when the corpus is smaller than the budget allows. */
    private static final int BATCHES_PER_THREAD = 4;

    private Batches() {}

    /** Files in order, cut into batches by their size in bytes. */
    public static List<List<Path>> ofFiles(List<Path> files, int threads) {
        return of(files, Batches::sizeOf, threads);
    }

    /** Bytes of a file; 0 when unreadable (reading it will report why). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code items} in order, cut into batches by {@code size} (bytes of input) for {@code threads} threads. */
    public static <T> List<List<T>> of(List<T> items, ToLongFunction<T> size, int threads) {
        // Each size once (for files, a stat call each).
        long[] bytes = new long[items.size()];
        long total = 0;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = Math.max(0, size.applyAsLong(items.get(i)));
            total += bytes[i];
        }
        long target = Math.max(1, Math.min(BUDGET_BYTES, total / ((long) Math.max(1, threads) * BATCHES_PER_THREAD)));
        List<List<T>> batches = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long filled = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] >= target && !current.isEmpty()) {
                // A file as big as a whole batch goes alone: the others need not wait for it.
                batches.add(current);
                current = new ArrayList<>();
                filled = 0;
            }
            current.add(items.get(i));
            filled += bytes[i];
            if (filled >= target) {
                batches.add(current);
                current = new ArrayList<>();
                filled = 0;
            }
        }
        if (!current.isEmpty()) batches.add(current);
        return batches;
    }
}
