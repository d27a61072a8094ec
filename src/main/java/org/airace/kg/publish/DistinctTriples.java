package org.airace.kg.publish;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The statements of a store that a dump carries, and those same statements as distinct triples.
 *
 * <p>A store can hold an old description graph ({@link #DESCRIPTION_GRAPH}) when a quad dump was loaded
 * back into it; that graph describes an earlier export, so it is left out everywhere and the export
 * writes a fresh one.
 *
 * <p>Distinct triples are the union of the named graphs, then the default graph's triples that the
 * union lacks. The union graph of a TDB2 dataset already yields each triple once (it reads an index
 * ordered by subject, predicate, object before graph), so nothing is held in memory to drop repeats.
 * The caller must be inside a read transaction on the dataset.
 */
final class DistinctTriples {
    /** Named graph that carries the dataset description in quad dumps. */
    static final String DESCRIPTION_GRAPH = "https://w3id.org/airace/id/graph/description";
    private static final Node DESCRIPTION = NodeFactory.createURI(DESCRIPTION_GRAPH);

    private DistinctTriples() {}

    /**
     * Quads of every named graph except an old description, graph after graph in IRI order. A loader
     * that replaces a graph per run of its quads (ours does) needs each graph in one piece; a plain
     * find over all graphs would interleave them in index order.
     */
    static Iterator<Quad> namedGraphQuads(DatasetGraph dsg) {
        List<Node> graphs = Iter.toList(Iter.filter(dsg.listGraphNodes(), g -> !DESCRIPTION.equals(g)));
        graphs.sort(Comparator.comparing(Node::toString));
        return Iter.flatMap(graphs.iterator(), g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
    }

    static Iterator<Triple> of(DatasetGraph dsg) {
        return find(dsg, Node.ANY, Node.ANY, Node.ANY);
    }

    static Iterator<Triple> find(DatasetGraph dsg, Node s, Node p, Node o) {
        Graph union = dsg.getUnionGraph();
        Iterator<Triple> named = Iter.filter(union.find(s, p, o), t -> !onlyInOldDescription(dsg, t));
        Iterator<Triple> onlyInDefault = Iter.filter(dsg.getDefaultGraph().find(s, p, o), t -> !inNamedGraphs(dsg, t));
        return Iter.concat(named, onlyInDefault);
    }

    static boolean contains(DatasetGraph dsg, Triple t) {
        return inNamedGraphs(dsg, t) || dsg.getDefaultGraph().contains(t);
    }

    private static boolean inNamedGraphs(DatasetGraph dsg, Triple t) {
        return dsg.getUnionGraph().contains(t) && !onlyInOldDescription(dsg, t);
    }

    private static boolean onlyInOldDescription(DatasetGraph dsg, Triple t) {
        if (!dsg.contains(DESCRIPTION, t.getSubject(), t.getPredicate(), t.getObject()))
            return false;
        Iterator<Quad> holders = dsg.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        return Iter.allMatch(holders, q -> DESCRIPTION.equals(q.getGraph()));
    }
}
