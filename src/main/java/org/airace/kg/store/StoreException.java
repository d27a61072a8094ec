package org.airace.kg.store;

/** A store operation failed; its transaction was aborted, so nothing of it was written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
