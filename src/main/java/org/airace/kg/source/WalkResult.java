package org.airace.kg.source;

import java.nio.file.Path;
import java.util.List;

/** Candidate documents found under the given paths, in a stable order, and what could not be visited. */
public record WalkResult(List<Path> documents, List<SourceException> errors) {
    public WalkResult {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }
}
