package org.airace.kg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one thing (milliseconds, or ratios); percentiles by the nearest-rank method. */
final class Samples {
    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    int size() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double percentile(double p) {
        if (millis.isEmpty())
            return Double.NaN;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
