package org.airace.kg.resolve;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a mention stands in the corpus-wide order resolution works in: documents by content id, then
 * mentions by span within the document. The order depends on the corpus only, never on the order
 * files were listed or finished, so every machine (and every Spark partitioning) agrees on it.
 *
 * @param docId   the document's content id
 * @param index   the mention's rank among the document's mentions sorted by span
 */
public record MentionPosition(String docId, int index) implements Comparable<MentionPosition>, Serializable {

    private static final Comparator<MentionPosition> ORDER =
            Comparator.comparing(MentionPosition::docId).thenComparingInt(MentionPosition::index);

    @Override
    public int compareTo(MentionPosition o) {
        return ORDER.compare(this, o);
    }

    public static MentionPosition earlier(MentionPosition a, MentionPosition b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
