package org.airace.kg.resolve;

import java.io.Serializable;

/**
 * How a signature is used across the corpus: where it first stands and how often it occurs (labels
 * prefer the most frequent form). Two uses merge associatively, so partial counts can be combined in
 * any order and grouping (threads, Spark partitions).
 */
public record SignatureUse(MentionPosition first, long count) implements Serializable {

    public SignatureUse merge(SignatureUse o) {
        return new SignatureUse(MentionPosition.earlier(first, o.first), count + o.count);
    }
}
