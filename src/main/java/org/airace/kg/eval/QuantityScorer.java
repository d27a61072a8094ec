package org.airace.kg.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Span;
import org.airace.kg.resolve.ResolvedDocument;

/** Quantities: spans overlap, values equal within a relative 1e-6, and units correspond. */
final class QuantityScorer {

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    private final Correspondence correspondence;

    QuantityScorer(Correspondence correspondence) {
        this.correspondence = correspondence;
    }

    CategoryResult score(ResolvedDocument doc, GoldDocument gold, TextLocator locator) {
        List<GoldDocument.GoldQuantity> golds = gold.quantities();
        List<Quantity> predicted = doc.annotated().quantities();
        List<List<Span>> where = new ArrayList<>();
        for (GoldDocument.GoldQuantity g : golds) {
            where.add(locator.occurrences(g.text()));
        }
        Pairing pairing = Pairing.of(golds.size(), predicted.size(), (g, p) -> {
            Quantity q = predicted.get(p);
            GoldDocument.GoldQuantity gq = golds.get(g);
            return TextLocator.overlapsAny(where.get(g), q.span())
                    && valuesEqual(gq.value(), q.value())
                    && correspondence.unitsCorrespond(q.unit(), gq.unit());
        });
        List<Finding> findings = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            if (pairing.goldMatched(g)) continue;
            GoldDocument.GoldQuantity gq = golds.get(g);
            StringBuilder item = new StringBuilder(Display.quoted(gq.text()) + " " + Display.number(gq.value()) + " " + gq.unit());
            if (where.get(g).isEmpty()) {
                item.append(" (text not found in document)");
            }
            for (Quantity q : predicted) {
                if (TextLocator.overlapsAny(where.get(g), q.span())) {
                    item.append(" (overlapping prediction ").append(describe(q)).append(")");
                }
            }
            findings.add(new Finding(Finding.MISS, "quantity", item.toString()));
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!pairing.predictedMatched(p)) {
                findings.add(new Finding(Finding.SPURIOUS, "quantity", describe(predicted.get(p))));
            }
        }
        return new CategoryResult(List.of(pairing.score(Categories.QUANTITIES)), List.of(), findings);
    }

    private static String describe(Quantity q) {
        return Display.quoted(q.text()) + " " + Display.number(q.value()) + " " + q.unit();
    }

    /** Equal within a relative tolerance of 1e-6 of the larger magnitude; zero equals only zero. */
    static boolean valuesEqual(BigDecimal gold, BigDecimal predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        BigDecimal scale = gold.abs().max(predicted.abs());
        return gold.subtract(predicted).abs().compareTo(scale.multiply(TOLERANCE, MathContext.DECIMAL64)) <= 0;
    }
}
