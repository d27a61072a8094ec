package org.airace.kg.annotate;

import java.util.List;

/**
 * One stage of annotation: reads the text and the layers earlier annotators filled, and fills its
 * own layer. Implementations are thread-safe once built, so one instance serves many documents.
 */
public interface Annotator {
    void annotate(AnnotatedDocument doc);

    /**
     * Fills this annotator's layer in each of {@code docs}, with the same result as {@link #annotate}
     * on each in turn. An annotator whose work has phases over large tables overrides it to run one
     * phase over every document before the next, so each phase's tables stay in cache.
     */
    default void annotateAll(List<AnnotatedDocument> docs) {
        for (AnnotatedDocument doc : docs) {
            annotate(doc);
        }
    }
}
