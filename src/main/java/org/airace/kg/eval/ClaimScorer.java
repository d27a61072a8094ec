package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.Span;
import org.airace.kg.resolve.ResolvedDocument;

/**
 * Claims of the scored topics only (cost and chip constraints): a prediction matches a gold claim
 * when the topics correspond and the sentence spans share at least half of the shorter one.
 */
final class ClaimScorer {

    private final Correspondence correspondence;

    ClaimScorer(Correspondence correspondence) {
        this.correspondence = correspondence;
    }

    CategoryResult score(ResolvedDocument doc, GoldDocument gold, TextLocator locator) {
        List<GoldDocument.GoldClaim> golds = new ArrayList<>();
        for (GoldDocument.GoldClaim c : gold.claims()) {
            if (correspondence.isScoredGoldTopic(c.topic())) golds.add(c);
        }
        List<Claim> predicted = new ArrayList<>();
        for (Claim c : doc.annotated().claims()) {
            if (correspondence.goldTopicOf(c.topic()) != null) predicted.add(c);
        }
        List<List<Span>> where = new ArrayList<>();
        for (GoldDocument.GoldClaim g : golds) {
            where.add(locator.occurrences(g.sentence()));
        }
        Pairing pairing = Pairing.of(golds.size(), predicted.size(), (g, p) -> {
            Claim c = predicted.get(p);
            String goldTopic = golds.get(g).topic().trim().toLowerCase(Locale.ROOT);
            return goldTopic.equals(correspondence.goldTopicOf(c.topic()))
                    && TextLocator.overlapsAnyByHalf(where.get(g), c.sentence());
        });
        List<Finding> findings = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            if (!pairing.goldMatched(g)) {
                GoldDocument.GoldClaim c = golds.get(g);
                String missing = where.get(g).isEmpty() ? " (text not found in document)" : "";
                findings.add(new Finding(Finding.MISS, "claim", c.topic() + " " + Display.quoted(c.sentence()) + missing));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!pairing.predictedMatched(p)) {
                Claim c = predicted.get(p);
                String text = doc.annotated().text().slice(c.sentence().begin(), c.sentence().end());
                findings.add(new Finding(Finding.SPURIOUS, "claim", c.topic() + " " + Display.quoted(text)));
            }
        }
        return new CategoryResult(List.of(pairing.score(Categories.CLAIMS)), List.of(), findings);
    }
}
