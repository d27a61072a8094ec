package org.airace.kg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where {@link GraphRunLoader} sends complete runs of quads. A writer groups runs into transactions of
 * its own choosing; the loader decides when to commit and reports each run as committed or not.
 */
interface RunWriter {

    /**
     * Writes one complete run of {@code graph}: it replaces the graph's content, or with {@code merge}
     * is added to it (the shared graph). The run's quads all name {@code graph}.
     */
    void write(Node graph, List<Quad> run, boolean merge);

    /** Whether the runs written since the last commit should be committed now. */
    boolean full();

    /** Makes every run written since the last commit durable; when it throws, call {@link #abort()}. */
    void commit();

    /** Drops every run written since the last commit. */
    void abort();
}
