package org.airace.kg.store;

/**
 * Outcome of loading one named graph in one transaction.
 *
 * @param graph IRI of the named graph
 * @param quads quads written (0 when the transaction was aborted)
 * @param error null when committed; otherwise why the transaction was aborted
 */
public record GraphLoad(String graph, long quads, String error) {
    public boolean ok() {
        return error == null;
    }
}
