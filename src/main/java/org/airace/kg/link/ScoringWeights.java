package org.airace.kg.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Weights of a candidate's score, from the {@code scoring} object of {@code wikidata-classes.json}.
 * The score orders candidates in the review file; it is a reading aid, not a probability.
 *
 * @param rankBonus bonus by search rank (index 0 = top hit); ranks beyond the list get none
 */
public record ScoringWeights(double exactLabel, double exactAlias, double prefix, double typed, List<Double> rankBonus,
        double perExtraLabel, double maxAgreement) {

    public ScoringWeights {
        rankBonus = List.copyOf(rankBonus);
    }

    static ScoringWeights fromJson(JsonNode s) {
        List<Double> rank = new ArrayList<>();
        for (JsonNode r : s.path("rankBonus")) rank.add(r.asDouble());
        return new ScoringWeights(s.path("exactLabel").asDouble(0.5), s.path("exactAlias").asDouble(0.4),
                s.path("prefix").asDouble(0.1), s.path("typed").asDouble(0.3), rank,
                s.path("perExtraLabel").asDouble(0.05), s.path("maxAgreement").asDouble(0.1));
    }

    double rank(int rank) {
        return rank < rankBonus.size() ? rankBonus.get(rank) : 0;
    }
}
