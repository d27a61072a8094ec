package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.resolve.Entity;
import org.airace.kg.resolve.ResolvedDocument;

/**
 * Quotes: a prediction matches a gold quote when the quoted spans share at least half of the shorter
 * one. Speaker accuracy: of matched gold quotes, the share whose speaker the system named, where any
 * name of the predicted speaker (its entity's labels and mention texts, the speaker as written)
 * equals the gold speaker after normalisation or one contains the other (康令斯 vs 研究員康令斯).
 */
final class QuoteScorer {

    CategoryResult score(ResolvedDocument doc, GoldDocument gold, TextLocator locator) {
        List<GoldDocument.GoldQuote> golds = gold.quotes();
        List<Quote> predicted = doc.annotated().quotes();
        List<List<Span>> where = new ArrayList<>();
        for (GoldDocument.GoldQuote g : golds) {
            where.add(locator.occurrences(g.text()));
        }
        Pairing pairing = Pairing.of(golds.size(), predicted.size(),
                (g, p) -> TextLocator.overlapsAnyByHalf(where.get(g), predicted.get(p).span()));
        List<Finding> findings = new ArrayList<>();
        int matched = 0, correct = 0;
        for (int g = 0; g < golds.size(); g++) {
            GoldDocument.GoldQuote gq = golds.get(g);
            if (!pairing.goldMatched(g)) {
                String missing = where.get(g).isEmpty() ? " (text not found in document)" : "";
                findings.add(new Finding(Finding.MISS, "quote", gq.speaker() + " " + Display.quoted(gq.text()) + missing));
                continue;
            }
            matched++;
            Quote best = null;
            int bestOverlap = -1;
            boolean bestRight = false;
            for (int p : pairing.predictionsOf(g)) {
                Quote q = predicted.get(p);
                int overlap = TextLocator.bestOverlap(where.get(g), q.span());
                boolean right = speakerCorrect(gq.speaker(), speakerNames(doc, q));
                if (overlap > bestOverlap || (overlap == bestOverlap && right && !bestRight)) {
                    best = q;
                    bestOverlap = overlap;
                    bestRight = right;
                }
            }
            if (bestRight) {
                correct++;
            } else {
                findings.add(new Finding(Finding.WRONG, "quote speaker", Display.quoted(gq.text()) + " predicted "
                        + shownSpeaker(doc, best) + ", expected " + gq.speaker()));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!pairing.predictedMatched(p)) {
                Quote q = predicted.get(p);
                findings.add(new Finding(Finding.SPURIOUS, "quote", shownSpeaker(doc, q) + " " + Display.quoted(q.text())));
            }
        }
        return new CategoryResult(List.of(pairing.score(Categories.QUOTES)),
                List.of(new Accuracy(Categories.QUOTE_SPEAKERS, correct, matched)), findings);
    }

    /** Every name under which the prediction gives its speaker. */
    static Set<String> speakerNames(ResolvedDocument doc, Quote q) {
        Set<String> names = new LinkedHashSet<>();
        if (q.speaker() != null) {
            names.add(q.speaker().text());
            Entity e = doc.entityOf(q.speaker());
            if (e != null) {
                addIfPresent(names, e.labelHant());
                addIfPresent(names, e.labelHans());
                addIfPresent(names, e.labelEn());
                names.addAll(e.aliases());
                names.addAll(PredictedEntity.mentionTextsOf(doc, e.key()));
            }
        }
        addIfPresent(names, q.speakerText());
        return names;
    }

    /** Gold null (the author's voice) is right only when the prediction names nobody. */
    static boolean speakerCorrect(String goldSpeaker, Set<String> predictedNames) {
        String gold = NameNormalizer.normalize(goldSpeaker);
        if (gold == null || gold.isEmpty()) {
            return predictedNames.stream().map(NameNormalizer::normalize).allMatch(n -> n == null || n.isEmpty());
        }
        for (String name : predictedNames) {
            String n = NameNormalizer.normalize(name);
            if (n != null && !n.isEmpty() && (n.equals(gold) || n.contains(gold) || gold.contains(n))) {
                return true;
            }
        }
        return false;
    }

    private static String shownSpeaker(ResolvedDocument doc, Quote q) {
        if (q.speaker() != null) return q.speaker().text();
        if (q.speakerText() != null) return q.speakerText();
        return "(no speaker)";
    }

    private static void addIfPresent(Set<String> names, String s) {
        if (s != null && !s.isBlank()) names.add(s);
    }
}
