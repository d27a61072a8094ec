package org.airace.kg.job;

import java.util.function.Consumer;

/** Receives the extracted documents of a run, one at a time, in file order. */
@FunctionalInterface
public interface DocumentSink extends Consumer<ExtractedDocument> {

    /** Called once before the first document, with how many will follow (for progress). */
    default void begin(int documents) {}
}
