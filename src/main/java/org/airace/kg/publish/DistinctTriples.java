package org.airace.kg.publish;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The distinct triples of a dataset with its graph names dropped: the union of the named graphs, then
 * the default graph's triples that the union lacks. A triple dump holds exactly these.
 *
 * <p>The union graph of a TDB2 dataset already yields each triple once (it reads an index ordered by
 * subject, predicate, object before graph), so nothing is held in memory to drop repeats. The caller
 * must be inside a read transaction on the dataset.
 */
final class DistinctTriples {
    private DistinctTriples() {}

    static Iterator<Triple> of(DatasetGraph dsg) {
        return find(dsg, Node.ANY, Node.ANY, Node.ANY);
    }

    static Iterator<Triple> find(DatasetGraph dsg, Node s, Node p, Node o) {
        Graph union = dsg.getUnionGraph();
        Iterator<Triple> onlyInDefault = Iter.filter(dsg.getDefaultGraph().find(s, p, o), t -> !union.contains(t));
        return Iter.concat(union.find(s, p, o), onlyInDefault);
    }

    static boolean contains(DatasetGraph dsg, Triple t) {
        return dsg.getUnionGraph().contains(t) || dsg.getDefaultGraph().contains(t);
    }
}
