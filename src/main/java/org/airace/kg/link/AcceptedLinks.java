package org.airace.kg.link;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.store.TdbStore;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;

/**
 * Writes the accepted rows of a review file as {@code owl:sameAs} links into one named graph of
 * their own, {@link #GRAPH}, replaced as a whole in one transaction: loading the same file again
 * gives the same graph, a row turned to reject disappears, and the extraction graphs are never touched
 * (re-loading a document does not lose its links).
 */
public final class AcceptedLinks {
    public static final String GRAPH = "https://w3id.org/airace/id/graph/wikidata-links";

    private AcceptedLinks() {}

    /** What loading a review file did. */
    public record Outcome(int links, int unknownEntities) {
    }

    public static Outcome load(TdbStore store, List<ReviewRow> rows, String fileName, PrintStream log) {
        Map<String, ReviewRow> accepted = new LinkedHashMap<>();
        for (ReviewRow r : rows) {
            if (!r.accepted()) continue;
            ReviewRow before = accepted.get(r.entity());
            if (before != null && !before.qid().equals(r.qid()))
                throw new ReviewFileException(fileName + ":" + r.line() + ": " + r.entity() + " is accepted as " + r.qid()
                        + " here and as " + before.qid() + " on line " + before.line() + "; accept one item per entity");
            accepted.putIfAbsent(r.entity(), r);
        }
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node graph = NodeFactory.createURI(GRAPH);
        List<Quad> quads = new ArrayList<>();
        int unknown = 0;
        for (ReviewRow r : accepted.values()) {
            Node entity = NodeFactory.createURI(r.entity());
            if (!Txn.calculateRead(dsg, () -> describedOutsideLinks(dsg, entity, graph))) {
                log.println(fileName + ":" + r.line() + ": " + r.entity() + " is not in the store; skipped");
                unknown++;
                continue;
            }
            quads.add(Quad.create(graph, entity, OWL.sameAs.asNode(), NodeFactory.createURI(Qids.iri(r.qid()))));
        }
        store.replaceGraph(graph, quads);
        return new Outcome(quads.size(), unknown);
    }

    private static boolean describedOutsideLinks(DatasetGraph dsg, Node entity, Node linksGraph) {
        Iterator<Quad> it = dsg.find(Node.ANY, entity, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                if (!it.next().getGraph().equals(linksGraph)) return true;
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }
}
