package org.airace.kg.annotate;

import java.util.List;
import org.airace.kg.source.Document;

/** Runs annotators in order over a document. Stateless across documents, so documents can run in parallel. */
public final class Pipeline {

    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    public AnnotatedDocument annotate(Document document) {
        AnnotatedDocument doc = new AnnotatedDocument(document);
        for (Annotator a : annotators) {
            a.annotate(doc);
        }
        return doc;
    }
}
