package org.airace.kg.bench;

/**
 * One line of the benchmark's output: a measured value, what it is compared with (measured in the
 * same run on the same input), their ratio, and the target the ratio or value must meet.
 *
 * @param ratio      value / baseline oriented so that higher is better for us (NaN when no baseline)
 * @param target     the target in words, e.g. "ratio >= 1.0"; empty when none
 * @param met        whether the target is met; null when there is no target
 */
public record Figure(String name, String value, String baseline, double ratio, String target, Boolean met) {

    static Figure of(String name, String value) {
        return new Figure(name, value, "", Double.NaN, "", null);
    }

    String ratioText() {
        return Double.isNaN(ratio) ? "" : String.format("%.2fx", ratio);
    }

    String verdict() {
        return met == null ? "" : (met ? "met" : "MISSED");
    }
}
