package org.airace.kg.publish;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a store's content and its description in one {@link DumpFormat}, and counts what it wrote.
 *
 * <p>Graph-keeping formats get every quad of the store as it is (default-graph triples stay in the
 * default graph) and the description in its own named graph {@link #DESCRIPTION_GRAPH} (a stale one
 * in the store is left out). Triple formats
 * get {@link DistinctTriples} and then the description's triples the data does not already hold.
 * The caller holds a read transaction on the dataset.
 */
final class DumpWriter {
    static final String DESCRIPTION_GRAPH = DistinctTriples.DESCRIPTION_GRAPH;

    private final DatasetGraph store;
    private final Graph description;
    private final PrefixMapping prefixes;

    DumpWriter(DatasetGraph store, Graph description, PrefixMapping prefixes) {
        this.store = store;
        this.description = description;
        this.prefixes = prefixes;
    }

    /** @return statements written */
    long write(DumpFormat format, OutputStream out) {
        if (format.streams())
            return stream(format, out);
        if (format.keepsGraphs())
            return inMemoryDataset(format, out);
        return inMemoryGraph(format, out);
    }

    private long stream(DumpFormat format, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.jenaFormat());
        long count = 0;
        writer.start();
        prefixes.getNsPrefixMap().forEach(writer::prefix);
        if (format.keepsGraphs()) {
            for (Iterator<Triple> it = store.getDefaultGraph().find(); it.hasNext(); count++)
                writer.triple(it.next());
            for (Iterator<Quad> it = DistinctTriples.namedGraphQuads(store); it.hasNext(); count++)
                writer.quad(it.next());
            Node graph = NodeFactory.createURI(DESCRIPTION_GRAPH);
            for (Iterator<Triple> it = description.find(); it.hasNext(); count++)
                writer.quad(Quad.create(graph, it.next()));
        } else {
            for (Iterator<Triple> it = DistinctTriples.of(store); it.hasNext(); count++)
                writer.triple(it.next());
            for (Iterator<Triple> it = descriptionNotInData(); it.hasNext(); count++)
                writer.triple(it.next());
        }
        writer.finish();
        return count;
    }

    /** JSON-LD: Jena's JSON-LD 1.1 writer converts a complete dataset, so the dump is gathered in memory first. */
    private long inMemoryDataset(DumpFormat format, OutputStream out) {
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.prefixes().putAll(prefixes);
        store.getDefaultGraph().find().forEachRemaining(copy.getDefaultGraph()::add);
        DistinctTriples.namedGraphQuads(store).forEachRemaining(copy::add);
        Node graph = NodeFactory.createURI(DESCRIPTION_GRAPH);
        description.find().forEachRemaining(t -> copy.add(Quad.create(graph, t)));
        RDFDataMgr.write(out, copy, format.jenaFormat());
        return Iter.count(copy.find());
    }

    /** RDF/XML: Jena's writer works on a whole graph, so the union is gathered in memory first. */
    private long inMemoryGraph(DumpFormat format, OutputStream out) {
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(prefixes);
        DistinctTriples.of(store).forEachRemaining(copy::add);
        description.find().forEachRemaining(copy::add);
        RDFDataMgr.write(out, copy, format.jenaFormat());
        return copy.size();
    }

    private Iterator<Triple> descriptionNotInData() {
        return Iter.filter(description.find(), t -> !DistinctTriples.contains(store, t));
    }

    /** How many statements the dump holds for the given figures, for checking what was written. */
    long expected(DumpFormat format, StoreStatistics stats) {
        if (format.keepsGraphs())
            return stats.quads() + description.size();
        return stats.unionTriples() + Iter.count(descriptionNotInData());
    }
}
