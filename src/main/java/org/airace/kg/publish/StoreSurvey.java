package org.airace.kg.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.rdf.AIR;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Measures the store for the dataset description: statement counts, entities and instances per class,
 * source graphs and extraction runs. Reads the dataset through Jena's graph API (not SPARQL), inside
 * the caller's read transaction, so the figures describe the same snapshot the dump is written from.
 */
final class StoreSurvey {
    private StoreSurvey() {}

    static StoreStatistics of(DatasetGraph dsg) {
        long quads = Iter.count(dsg.getDefaultGraph().find())
                + Iter.count(DistinctTriples.namedGraphQuads(dsg));
        long union = 0;
        Set<Node> subjects = new HashSet<>();
        for (Iterator<Triple> it = DistinctTriples.of(dsg); it.hasNext(); ) {
            subjects.add(it.next().getSubject());
            union++;
        }
        Map<String, Long> classes = new HashMap<>();
        DistinctTriples.find(dsg, Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI())
                classes.merge(t.getObject().getURI(), 1L, Long::sum);
        });
        return new StoreStatistics(quads, union, subjects.size(), entities(dsg), classes, sources(dsg), runs(dsg));
    }

    /** Distinct resources typed with air:Entity or any class below it (rdfs:subClassOf, any depth, any graph). */
    private static long entities(DatasetGraph dsg) {
        Set<Node> entities = new HashSet<>();
        for (Node cls : subclassesOf(dsg, AIR.Entity.asNode()))
            DistinctTriples.find(dsg, Node.ANY, RDF.Nodes.type, cls).forEachRemaining(t -> entities.add(t.getSubject()));
        return entities.size();
    }

    private static Set<Node> subclassesOf(DatasetGraph dsg, Node top) {
        Set<Node> found = new HashSet<>(List.of(top));
        Deque<Node> todo = new ArrayDeque<>(found);
        while (!todo.isEmpty()) {
            Node cls = todo.pop();
            DistinctTriples.find(dsg, Node.ANY, RDFS.Nodes.subClassOf, cls).forEachRemaining(t -> {
                if (found.add(t.getSubject()))
                    todo.push(t.getSubject());
            });
        }
        return found;
    }

    /** Named graphs that declare themselves an air:Source, as the store loads one per document. */
    private static List<StoreStatistics.SourceGraph> sources(DatasetGraph dsg) {
        List<StoreStatistics.SourceGraph> sources = new ArrayList<>();
        Node source = AIR.Source.asNode();
        for (Node g : Iter.toList(dsg.listGraphNodes())) {
            if (g.isURI() && dsg.contains(g, g, RDF.Nodes.type, source))
                sources.add(new StoreStatistics.SourceGraph(g.getURI(), Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY))));
        }
        sources.sort((a, b) -> a.iri().compareTo(b.iri()));
        return sources;
    }

    private static List<String> runs(DatasetGraph dsg) {
        List<String> runs = new ArrayList<>();
        DistinctTriples.find(dsg, Node.ANY, RDF.Nodes.type, AIR.ExtractionRun.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI())
                runs.add(t.getSubject().getURI());
        });
        runs.sort(String::compareTo);
        return runs;
    }
}
