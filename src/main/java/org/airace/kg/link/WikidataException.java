package org.airace.kg.link;

/** The Wikidata API could not be used: unreachable, refusing, or answering something that is not its JSON. */
public final class WikidataException extends RuntimeException {
    public WikidataException(String message) {
        super(message);
    }

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
