package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.PartialDate;

/**
 * Dates: a prediction matches a gold date when their spans overlap. Value accuracy: of matched gold
 * dates, the share whose normalised value the system got right (null equals null). The prediction
 * judged for a gold date is the matching one that overlaps most, a right value winning a tie.
 */
final class DateScorer {

    CategoryResult score(ResolvedDocument doc, GoldDocument gold, TextLocator locator) {
        List<GoldDocument.GoldDate> golds = gold.dates();
        List<TimeExpression> predicted = doc.annotated().times();
        List<List<Span>> where = new ArrayList<>();
        for (GoldDocument.GoldDate g : golds) {
            where.add(locator.occurrences(g.text()));
        }
        Pairing pairing = Pairing.of(golds.size(), predicted.size(),
                (g, p) -> TextLocator.overlapsAny(where.get(g), predicted.get(p).span()));
        List<Finding> findings = new ArrayList<>();
        int matched = 0, correct = 0;
        for (int g = 0; g < golds.size(); g++) {
            GoldDocument.GoldDate gd = golds.get(g);
            String goldValue = normalizeValue(gd.value());
            if (!pairing.goldMatched(g)) {
                String missing = where.get(g).isEmpty() ? " (text not found in document)" : "";
                findings.add(new Finding(Finding.MISS, "date", Display.quoted(gd.text()) + " " + goldValue + missing));
                continue;
            }
            matched++;
            TimeExpression best = null;
            int bestOverlap = -1;
            boolean bestRight = false;
            for (int p : pairing.predictionsOf(g)) {
                TimeExpression t = predicted.get(p);
                int overlap = TextLocator.bestOverlap(where.get(g), t.span());
                boolean right = Objects.equals(goldValue, valueOf(t));
                if (overlap > bestOverlap || (overlap == bestOverlap && right && !bestRight)) {
                    best = t;
                    bestOverlap = overlap;
                    bestRight = right;
                }
            }
            if (bestRight) {
                correct++;
            } else {
                findings.add(new Finding(Finding.WRONG, "date value", Display.quoted(best.text()) + " " + valueOf(best)
                        + ", expected " + goldValue + " for " + Display.quoted(gd.text())));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!pairing.predictedMatched(p)) {
                TimeExpression t = predicted.get(p);
                findings.add(new Finding(Finding.SPURIOUS, "date", Display.quoted(t.text()) + " " + valueOf(t)));
            }
        }
        return new CategoryResult(List.of(pairing.score(Categories.DATES)),
                List.of(new Accuracy(Categories.DATE_VALUES, correct, matched)), findings);
    }

    private static String valueOf(TimeExpression t) {
        return t.value() == null ? null : t.value().toString();
    }

    /** Gold values in ISO form at their precision ("2025-2" reads as 2025-02); null, blank and "null" as null. */
    static String normalizeValue(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("null")) {
            return null;
        }
        try {
            return PartialDate.parse(value).toString();
        } catch (IllegalArgumentException e) {
            return value.trim();
        }
    }
}
