package org.airace.kg.annotate.quote;

import java.util.List;
import org.airace.kg.annotate.EntityMention;

/**
 * The mentions of one document in text order, with the ones that begin inside a range found by
 * binary search. The speaker finder looks at a clause or a few sentences at a time; scanning every
 * mention of the document for each cue made long documents (transcripts, exports) quadratic.
 */
final class MentionsByPosition {

    private final List<EntityMention> sorted;

    /** {@code sorted} must be ordered by span (begin first), as the quote annotator sorts them. */
    MentionsByPosition(List<EntityMention> sorted) {
        this.sorted = sorted;
    }

    List<EntityMention> all() {
        return sorted;
    }

    /** The mentions whose begin lies in [begin, end), in text order. */
    List<EntityMention> beginningIn(int begin, int end) {
        if (end <= begin) {
            return List.of();
        }
        return sorted.subList(firstAtOrAfter(begin), firstAtOrAfter(end));
    }

    /** The mentions that begin before {@code end}, in text order. */
    List<EntityMention> beginningBefore(int end) {
        return sorted.subList(0, firstAtOrAfter(end));
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
