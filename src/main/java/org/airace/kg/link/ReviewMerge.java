package org.airace.kg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines a new proposal with the review file it replaces, so the file stays the complete record
 * of the user's decisions: a decision made earlier for the same entity and item wins over the new
 * pre-filled one, and decided rows the new run did not produce (above all the accepted links, whose
 * entities are linked now and so not looked up again) are kept. Loading the file replaces the links
 * graph as a whole, so dropping those rows would drop the links.
 */
public final class ReviewMerge {
    private ReviewMerge() {}

    public static List<ReviewRow> merge(List<ReviewRow> earlier, List<ReviewRow> fresh) {
        Map<String, ReviewRow> decided = new LinkedHashMap<>();
        for (ReviewRow r : earlier) {
            if (!r.decision().isEmpty()) decided.put(key(r), r);
        }
        List<ReviewRow> out = new ArrayList<>();
        for (ReviewRow r : fresh) {
            ReviewRow before = decided.remove(key(r));
            out.add(before == null ? r : r.withDecision(before.decision()));
        }
        for (ReviewRow kept : decided.values()) out.add(kept);
        return out;
    }

    private static String key(ReviewRow r) {
        return r.entity() + " " + r.qid();
    }
}
