package org.airace.kg.annotate;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.source.Document;

/**
 * Runs annotators in order over a document, or stage by stage over a batch of documents (as CoreNLP's
 * pipeline annotates an iterable of annotations). Stateless across documents, so documents and
 * batches can run in parallel.
 */
public final class Pipeline {

    /** One document of a batch: its layers, or what an annotator threw on it. */
    public record Outcome(Document document, AnnotatedDocument annotated, Throwable failure) {}

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

    /**
     * Annotates a batch stage by stage: each annotator runs over every document before the next one
     * starts. The layers are those {@link #annotate} gives each document; what changes is what stays
     * in cache. HanLP's segmentation, the largest stage, slows down when our own passes run between
     * its documents and evict its dictionaries; over batches of about thirty documents the whole
     * pipeline ran about a sixth faster than document by document (BENCHMARKS.md).
     *
     * <p>A document an annotator fails on fails alone: the batch is then annotated again one document
     * at a time, so the others still get their layers.
     */
    public List<Outcome> annotateAll(List<Document> documents) {
        List<AnnotatedDocument> docs = new ArrayList<>(documents.size());
        try {
            for (Document d : documents) {
                docs.add(new AnnotatedDocument(d));
            }
            for (Annotator a : annotators) {
                a.annotateAll(docs);
            }
        } catch (RuntimeException | StackOverflowError e) {
            return documents.stream().map(this::annotateAlone).toList();
        }
        List<Outcome> out = new ArrayList<>(docs.size());
        for (AnnotatedDocument d : docs) {
            out.add(new Outcome(d.document(), d, null));
        }
        return out;
    }

    private Outcome annotateAlone(Document document) {
        try {
            return new Outcome(document, annotate(document), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(document, null, e);
        }
    }
}
