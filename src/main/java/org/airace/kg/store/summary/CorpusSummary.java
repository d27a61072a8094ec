package org.airace.kg.store.summary;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.airace.kg.rdf.AIR;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The corpus summary kept in the graph {@code airid:graph/summary}: one canonical description and
 * display label per entity, mention and article counts per entity, counts per source, claim tallies per
 * outlet and topic, and each source's most mentioned entities. Saved queries read it instead of
 * counting the mentions of the whole corpus on every request.
 *
 * <p>The store keeps it up to date as it replaces source graphs ({@link SummaryUpdate}, in the same
 * transaction); {@link #rebuild} recomputes it from the source graphs, after SPARQL updates that went
 * around the loader or to upgrade a store written before the summary existed.
 */
public final class CorpusSummary {
    /** Source graphs tallied per application while rebuilding, to bound the memory a rebuild holds. */
    private static final int REBUILD_CHUNK = 200;

    private CorpusSummary() {}

    /** The summary graph's name. */
    public static Node graph() {
        return SummaryUpdate.GRAPH;
    }

    /** True when {@code graph} is a source graph: it holds its own source node typed air:Source. */
    public static boolean isSourceGraph(DatasetGraph dsg, Node graph) {
        return graph.isURI() && !graph.equals(SummaryUpdate.GRAPH)
                && dsg.contains(graph, graph, RDF.Nodes.type, AIR.Nodes.Source);
    }

    /** The tally of what a stored source graph holds, or null when it is not a source graph. */
    public static DocumentTally tallyStored(DatasetGraph dsg, Node graph) {
        if (!isSourceGraph(dsg, graph)) return null;
        List<Quad> quads = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        return DocumentTally.of(graph, quads);
    }

    /**
     * Recomputes the whole summary from the source graphs; call inside a write transaction.
     *
     * @return the number of source graphs tallied
     */
    public static int rebuild(DatasetGraph dsg) {
        dsg.deleteAny(SummaryUpdate.GRAPH, Node.ANY, Node.ANY, Node.ANY);
        List<Node> graphs = new ArrayList<>();
        Iterator<Node> names = dsg.listGraphNodes();
        names.forEachRemaining(graphs::add);
        int tallied = 0;
        SummaryUpdate update = new SummaryUpdate();
        for (Node g : graphs) {
            DocumentTally t = tallyStored(dsg, g);
            if (t == null) continue;
            update.add(t);
            if (++tallied % REBUILD_CHUNK == 0) {
                update.applyTo(dsg);
                update = new SummaryUpdate();
            }
        }
        update.applyTo(dsg);
        return tallied;
    }
}
