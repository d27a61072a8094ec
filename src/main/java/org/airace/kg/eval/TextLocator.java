package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.Span;
import org.airace.kg.text.ScriptNormalizer;
import org.airace.kg.text.TextView;

/**
 * Finds where a gold item stands: gold gives text, not offsets. Every occurrence counts, because a
 * figure or a short phrase often recurs and the scorer must not blame the system for having picked
 * another occurrence than the first. Searching the normalised view with the normalised needle makes
 * a gold file typed in the other script still land (the view has the original's offsets).
 */
public final class TextLocator {

    private final TextView text;

    public TextLocator(TextView text) {
        this.text = text;
    }

    public List<Span> occurrences(String needle) {
        List<Span> out = new ArrayList<>();
        if (needle == null || needle.isEmpty()) {
            return out;
        }
        String hay = text.normalized();
        String n = ScriptNormalizer.normalize(needle);
        int from = 0;
        while (true) {
            int i = hay.indexOf(n, from);
            if (i < 0) {
                break;
            }
            out.add(new Span(i, i + n.length()));
            from = i + 1;
        }
        return out;
    }

    /** Characters two spans share; 0 when disjoint. */
    public static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }

    /** Whether {@code span} overlaps any of the occurrences of a gold item. */
    public static boolean overlapsAny(List<Span> occurrences, Span span) {
        for (Span s : occurrences) {
            if (s.overlaps(span)) return true;
        }
        return false;
    }

    /** Whether {@code span} shares at least half of the shorter span with any occurrence of a gold item. */
    public static boolean overlapsAnyByHalf(List<Span> occurrences, Span span) {
        for (Span s : occurrences) {
            if (overlapsByHalfOfShorter(s, span)) return true;
        }
        return false;
    }

    /** The largest overlap of {@code span} with an occurrence: the occurrence a prediction stands for. */
    public static int bestOverlap(List<Span> occurrences, Span span) {
        int best = 0;
        for (Span s : occurrences) {
            best = Math.max(best, overlap(s, span));
        }
        return best;
    }

    /** The spans share at least half of the shorter one (and at least one character). */
    public static boolean overlapsByHalfOfShorter(Span a, Span b) {
        int o = overlap(a, b);
        return o > 0 && 2 * o >= Math.min(a.length(), b.length());
    }
}
