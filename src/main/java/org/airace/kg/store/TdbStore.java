package org.airace.kg.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.airace.kg.store.summary.CorpusSummary;

/**
 * The project's TDB2 store: one named graph per source document, written one transaction per graph,
 * so a reader (the SPARQL server in the same JVM) never sees half a document and a reload replaces a
 * document's graph instead of adding to it.
 *
 * <p>TDB2 lets one JVM at a time use a location; within the JVM every connection to the same location
 * shares one storage, so the Fuseki server built from {@code fuseki-config/config.ttl} on the same path
 * serves what this store writes.
 */
public final class TdbStore implements AutoCloseable {
    /** Graph that holds the ontology, replaced as a whole by {@link #loadOntology}. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/airace/id/graph/ontology";
    /** Graph that collects default-graph triples of loaded files (shared descriptions), merged not replaced. */
    public static final String SHARED_GRAPH = "https://w3id.org/airace/id/graph/shared";
    private static final Node SOURCE_CLASS = NodeFactory.createURI("https://w3id.org/airace/ontology#Source");

    private final Path location;
    private final Dataset dataset;
    private final DatasetGraph dsg;

    private TdbStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
    }

    /** Opens the store at {@code directory}, creating it (and its parent folders) when absent. */
    public static TdbStore open(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + absolute, e);
        }
        return new TdbStore(absolute, TDB2Factory.connectDataset(absolute.toString()));
    }

    public Path location() {
        return location;
    }

    /** The live dataset; use it inside transactions only. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces the named graph with what {@code producer} sends to the given stream, in ONE write
     * transaction: the old content is deleted, the new added, and both are committed together or not at
     * all. Every triple or quad the producer sends goes into {@code graphName}, whatever graph a quad names.
     *
     * @return number of quads written
     * @throws StoreException when the producer or the store fails; the graph then keeps its old content
     */
    public long replaceGraph(Node graphName, Consumer<StreamRDF> producer) {
        if (graphName == null || !graphName.isURI())
            throw new IllegalArgumentException("graph name must be an IRI: " + graphName);
        // The producer runs before the write transaction: a parse error leaves nothing to undo, and the
        // transaction lasts only as long as the writing.
        IntoGraph sink = new IntoGraph(graphName);
        BatchedRunWriter writer = new BatchedRunWriter(dsg, Long.MAX_VALUE);
        try {
            producer.accept(sink);
            writer.write(graphName, sink.quads, false);
            writer.commit();
            return sink.quads.size();
        } catch (RuntimeException e) {
            writer.abort();
            throw new StoreException("graph " + graphName.getURI() + " not replaced: " + e.getMessage(), e);
        }
    }

    /** {@link #replaceGraph(Node, Consumer)} for quads already in hand. */
    public long replaceGraph(Node graphName, Iterable<Quad> quads) {
        return replaceGraph(graphName, stream -> quads.forEach(stream::quad));
    }

    /**
     * Loads an N-Quads, TriG or other RDF file (language from the file extension, N-Quads when unknown),
     * each run of quads of one named graph replacing that graph; see {@link GraphRunLoader}. Into a store
     * without documents the runs go through a bulk load in one transaction ({@link BulkQuadLoader}), otherwise
     * they are committed in batches. The file is parsed on a second thread ({@link BackgroundParser})
     * while this one writes. A syntax error aborts the graph being written (its old content stays) and
     * stops the file; graphs complete before the error are committed. Never throws for bad input: the
     * report says what happened.
     */
    public LoadReport loadFile(Path file) {
        return loadFile(file, committed -> { });
    }

    /**
     * {@link #loadFile(Path)}, telling {@code listener} about each graph as soon as its transaction has
     * committed (for progress that must be true even if the process dies right after).
     */
    public LoadReport loadFile(Path file, LoadListener listener) {
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null)
            lang = Lang.NQUADS;
        GraphRunLoader loader = GraphRunLoader.forStore(dsg, NodeFactory.createURI(SHARED_GRAPH), listener);
        try {
            // By file name, not Path: Jena then opens the file itself and decompresses .gz (dumps are often gzipped).
            BackgroundParser.parse(RDFParser.source(file.toString()).lang(lang).build(), loader);
            loader.commitCurrent();
            return new LoadReport(file.toString(), loader.results(), null);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            boolean insideGraph = loader.abortCurrent(message);
            return new LoadReport(file.toString(), loader.results(), insideGraph ? null : message);
        }
    }

    /** Same as {@link #loadFile(Path)}: the exporter's usual format is N-Quads. */
    public LoadReport loadNQuads(Path file) {
        return loadFile(file);
    }

    /** Replaces the ontology graph with the RDF file at {@code file} (Turtle, RDF/XML, ... by extension). */
    public long loadOntology(Path file) {
        return replaceGraph(NodeFactory.createURI(ONTOLOGY_GRAPH), stream -> RDFParser.source(file).parse(stream));
    }

    /** Replaces the ontology graph with RDF read from {@code in} in language {@code lang}. */
    public long loadOntology(InputStream in, Lang lang) {
        return replaceGraph(NodeFactory.createURI(ONTOLOGY_GRAPH),
                stream -> RDFParser.source(in).lang(lang).parse(stream));
    }

    /** IRIs of all named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(Comparator.naturalOrder());
            return names;
        });
    }

    /** IRIs of the named graphs that describe a source document (the graph declares itself an air:Source). */
    public List<String> sourceGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (dsg.contains(g, g, RDF.type.asNode(), SOURCE_CLASS))
                    names.add(g.getURI());
            });
            names.sort(Comparator.naturalOrder());
            return names;
        });
    }

    /**
     * Recomputes the corpus summary from the source graphs in one write transaction (after SPARQL updates
     * that bypassed the loader, or for a store written before the summary existed).
     *
     * @return the number of source graphs tallied
     */
    public int rebuildSummary() {
        return Txn.calculateWrite(dsg, () -> CorpusSummary.rebuild(dsg));
    }

    /**
     * Quads in all named graphs plus triples in the storage's default graph, read as the sizes of the
     * primary quad and triple indexes: counting through {@code find} decodes every node of every quad
     * (7.5 s on a cold store of 1.4 M quads, where the index walk takes a fraction of that).
     */
    public long quadCount() {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return Txn.calculateRead(dsg, () -> primaryIndexSize(tdb.getQuadTable().getNodeTupleTable())
                + primaryIndexSize(tdb.getTripleTable().getNodeTupleTable()));
    }

    private static long primaryIndexSize(NodeTupleTable table) {
        return table.getTupleTable().getIndex(0).size();
    }

    /** Quads in one named graph. */
    public long quadCount(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Writes the whole store as N-Quads (a dump that {@link #loadFile} reads back). */
    public void exportNQuads(OutputStream out) {
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
    }

    @Override
    public void close() {
        // TDB2 keeps the storage cached for the JVM; closing the dataset releases this handle only.
        dataset.close();
    }

    /** Gathers what it is sent as quads of one graph, whatever graph a quad names. */
    private static final class IntoGraph extends StreamRDFBase {
        private final Node graph;
        final List<Quad> quads = new ArrayList<>();

        IntoGraph(Node graph) {
            this.graph = graph;
        }

        @Override
        public void triple(Triple t) {
            quads.add(Quad.create(graph, t));
        }

        @Override
        public void quad(Quad q) {
            quads.add(Quad.create(graph, q.getSubject(), q.getPredicate(), q.getObject()));
        }
    }
}
