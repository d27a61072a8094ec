package org.airace.kg.link;

/** A review file the user edited cannot be read; the message names the file and line. */
public final class ReviewFileException extends RuntimeException {
    public ReviewFileException(String message) {
        super(message);
    }
}
