package org.airace.kg.annotate;

/**
 * One stage of annotation: reads the text and the layers earlier annotators filled, and fills its
 * own layer. Implementations are thread-safe once built, so one instance serves many documents.
 */
public interface Annotator {
    void annotate(AnnotatedDocument doc);
}
