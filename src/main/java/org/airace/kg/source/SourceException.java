package org.airace.kg.source;

import java.nio.file.Path;

/**
 * A document (or a sidecar, or a folder entry) could not be read. Unchecked so that readers can be
 * used in streams; callers that process many files catch it per file and go on with the rest.
 * The message always starts with the file, so an error line on stderr says which input failed.
 */
public class SourceException extends RuntimeException {

    private final transient Path path;
    private final String reason;

    public SourceException(Path path, String reason) {
        this(path, reason, null);
    }

    public SourceException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** The file the problem is about (the document, its sidecar, or a folder entry). */
    public Path path() {
        return path;
    }

    /** The human-readable reason, without the file name. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
