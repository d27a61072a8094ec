package org.airace.kg.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An attribute's accuracy over matched items (date values, quote speakers): of {@code total} gold
 * items that some prediction matched, {@code correct} had the attribute right.
 */
public record Accuracy(String name, int correct, int total) {

    public Accuracy plus(Accuracy o) {
        return new Accuracy(name, correct + o.correct, total + o.total);
    }

    /** Null when nothing was matched. */
    @JsonProperty("accuracy")
    public Double value() {
        return total == 0 ? null : (double) correct / total;
    }
}
