package org.airace.kg.publish;

import java.util.List;
import java.util.Map;

/**
 * What a survey of the store measured, the figures the VoID description states.
 *
 * @param quads            statements in all named graphs plus the storage's default graph (what a quad dump holds)
 * @param unionTriples     distinct triples of the union of all graphs (what a triple dump holds, before the description)
 * @param distinctSubjects distinct subjects in that union
 * @param entities         distinct resources typed with air:Entity or one of its subclasses
 * @param classes          for every class used with rdf:type, the number of distinct resources of that class
 * @param sources          every source-document graph with its number of statements, sorted by IRI
 * @param runs             IRIs of the extraction runs (air:ExtractionRun) that generated the graphs, sorted
 */
public record StoreStatistics(long quads, long unionTriples, long distinctSubjects, long entities,
                              Map<String, Long> classes, List<SourceGraph> sources, List<String> runs) {

    public StoreStatistics {
        // Sorted, so the description lists classes in the same order on every export.
        classes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(classes));
        sources = List.copyOf(sources);
        runs = List.copyOf(runs);
    }

    /** A source document's named graph and how many statements it holds. */
    public record SourceGraph(String iri, long quads) {}
}
