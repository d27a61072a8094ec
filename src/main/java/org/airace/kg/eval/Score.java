package org.airace.kg.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Counts of one category in one document or summed over documents. Matching is not one-to-one (two
 * predicted entities may both match one gold entity), so matched gold and matched predicted are kept
 * apart: precision = matchedPredicted / predicted, recall = matchedGold / gold.
 *
 * <p>A ratio whose denominator is zero is undefined (null). F1 is undefined only when both are;
 * when one is undefined and the other defined it counts as 0, since then the category was either
 * missed entirely or only invented.
 */
public record Score(String category, int gold, int predicted, int matchedGold, int matchedPredicted) {

    public static Score of(String category, int gold, int predicted, int matchedGold, int matchedPredicted) {
        return new Score(category, gold, predicted, matchedGold, matchedPredicted);
    }

    public Score plus(Score o) {
        return new Score(category, gold + o.gold, predicted + o.predicted, matchedGold + o.matchedGold,
                matchedPredicted + o.matchedPredicted);
    }

    @JsonProperty("precision")
    public Double precision() {
        return predicted == 0 ? null : (double) matchedPredicted / predicted;
    }

    @JsonProperty("recall")
    public Double recall() {
        return gold == 0 ? null : (double) matchedGold / gold;
    }

    @JsonProperty("f1")
    public Double f1() {
        Double p = precision();
        Double r = recall();
        if (p == null && r == null) {
            return null;
        }
        double pp = p == null ? 0 : p;
        double rr = r == null ? 0 : r;
        return pp + rr == 0 ? 0.0 : 2 * pp * rr / (pp + rr);
    }

    /** Nothing in gold and nothing predicted: the row says nothing. */
    @JsonIgnore
    public boolean isEmpty() {
        return gold == 0 && predicted == 0;
    }
}
