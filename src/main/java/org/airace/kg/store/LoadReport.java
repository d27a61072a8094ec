package org.airace.kg.store;

import java.util.List;

/**
 * Outcome of loading one file: one entry per graph run, in file order.
 *
 * @param file   what was loaded
 * @param graphs per-graph outcomes
 * @param error  a failure that is not tied to one graph (unreadable file), or null
 */
public record LoadReport(String file, List<GraphLoad> graphs, String error) {
    public LoadReport {
        graphs = List.copyOf(graphs);
    }

    public boolean ok() {
        return error == null && graphs.stream().allMatch(GraphLoad::ok);
    }

    public long quads() {
        return graphs.stream().mapToLong(GraphLoad::quads).sum();
    }
}
