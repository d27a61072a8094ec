package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The match relation between a document's gold items and predicted items. Not one-to-one, as the
 * matching rules define it: a gold item is matched when any prediction matches it, a prediction is
 * matched when it matches any gold item.
 */
final class Pairing {

    /** Whether gold item {@code g} and predicted item {@code p} match. */
    interface Relation {
        boolean matches(int g, int p);
    }

    private final boolean[][] matches;
    private final int predicted;

    private Pairing(boolean[][] matches, int predicted) {
        this.matches = matches;
        this.predicted = predicted;
    }

    static Pairing of(int gold, int predicted, Relation relation) {
        boolean[][] m = new boolean[gold][predicted];
        for (int g = 0; g < gold; g++) {
            for (int p = 0; p < predicted; p++) {
                m[g][p] = relation.matches(g, p);
            }
        }
        return new Pairing(m, predicted);
    }

    boolean goldMatched(int g) {
        for (boolean b : matches[g]) {
            if (b) return true;
        }
        return false;
    }

    boolean predictedMatched(int p) {
        for (boolean[] row : matches) {
            if (row[p]) return true;
        }
        return false;
    }

    List<Integer> predictionsOf(int g) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < predicted; p++) {
            if (matches[g][p]) out.add(p);
        }
        return out;
    }

    int matchedGold() {
        int n = 0;
        for (int g = 0; g < matches.length; g++) {
            if (goldMatched(g)) n++;
        }
        return n;
    }

    int matchedPredicted() {
        int n = 0;
        for (int p = 0; p < predicted; p++) {
            if (predictedMatched(p)) n++;
        }
        return n;
    }

    Score score(String category) {
        return Score.of(category, matches.length, predicted, matchedGold(), matchedPredicted());
    }
}
