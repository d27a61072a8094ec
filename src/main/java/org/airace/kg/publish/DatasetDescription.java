package org.airace.kg.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.rdf.AIRID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * Builds the VoID/DCAT description of an export: the template's fixed statements about the dataset,
 * plus what was measured in the store (statements, entities, instances per class, one subset per
 * source graph), the extraction runs that generated it (PROV), the export time and the distribution
 * (the dump file).
 *
 * <p>Every figure comes from {@link StoreStatistics}; the export time ({@code dcterms:created}) is the
 * only value that differs between two exports of the same store.
 */
final class DatasetDescription {
    static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node PROV_WAS_GENERATED_BY = NodeFactory.createURI(PROV + "wasGeneratedBy");
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    /** What the exporter states itself; a template's values for these are dropped so no figure appears twice. */
    private static final Set<Node> MEASURED = Set.of(VOID.triples.asNode(), VOID.entities.asNode(),
            VOID.distinctSubjects.asNode(), VOID.classes.asNode(), VOID.classPartition.asNode(), VOID.subset.asNode(),
            DCTerms.created.asNode(), PROV_WAS_GENERATED_BY, DCAT.distribution.asNode(), VOID.dataDump.asNode());

    private DatasetDescription() {}

    /**
     * @param fileName the dump's file name, given as the distribution's title
     * @param downloadUrl where the dump will be published, or null when unknown
     */
    static Graph build(DescriptionTemplate template, StoreStatistics stats, DumpFormat format, boolean gzip,
                       String fileName, String downloadUrl, Instant created) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(template.prefixes());
        Node dataset = template.dataset();
        template.statements().find().forEachRemaining(t -> {
            if (!(t.getSubject().equals(dataset) && MEASURED.contains(t.getPredicate())))
                g.add(t);
        });
        add(g, dataset, VOID.triples, integer(stats.quads()));
        add(g, dataset, VOID.entities, integer(stats.entities()));
        add(g, dataset, VOID.distinctSubjects, integer(stats.distinctSubjects()));
        add(g, dataset, VOID.classes, integer(stats.classes().size()));
        add(g, dataset, DCTerms.created.asNode(), NodeFactory.createLiteralDT(
                created.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        for (String run : stats.runs())
            add(g, dataset, PROV_WAS_GENERATED_BY, NodeFactory.createURI(run));
        classPartitions(g, dataset, stats.classes());
        sourceSubsets(g, dataset, stats.sources());
        distribution(g, dataset, format, gzip, fileName, downloadUrl);
        return g;
    }

    private static void classPartitions(Graph g, Node dataset, Map<String, Long> classes) {
        classes.forEach((cls, count) -> {
            Node partition = NodeFactory.createURI(dataset.getURI() + "/class/" + encode(cls));
            add(g, dataset, VOID.classPartition.asNode(), partition);
            add(g, partition, VOID._class.asNode(), NodeFactory.createURI(cls));
            add(g, partition, VOID.entities, integer(count));
        });
    }

    /** One subset per source document: its graph is the document's statements. */
    private static void sourceSubsets(Graph g, Node dataset, List<StoreStatistics.SourceGraph> sources) {
        for (StoreStatistics.SourceGraph source : sources) {
            String iri = source.iri();
            String local = iri.startsWith(AIRID.NS) ? iri.substring(AIRID.NS.length()) : "graph/" + encode(iri);
            Node subset = NodeFactory.createURI(dataset.getURI() + "/" + local);
            add(g, dataset, VOID.subset.asNode(), subset);
            add(g, subset, RDF.Nodes.type, VOID.Dataset.asNode());
            add(g, subset, DCTerms.source.asNode(), NodeFactory.createURI(iri));
            add(g, subset, VOID.triples, integer(source.quads()));
        }
    }

    private static void distribution(Graph g, Node dataset, DumpFormat format, boolean gzip, String fileName,
                                     String downloadUrl) {
        Node dist = NodeFactory.createURI(dataset.getURI() + "/distribution/" + format.cliName() + (gzip ? "-gzip" : ""));
        add(g, dataset, DCAT.distribution.asNode(), dist);
        add(g, dist, RDF.Nodes.type, DCAT.Distribution.asNode());
        add(g, dist, DCTerms.title.asNode(), NodeFactory.createLiteralString(fileName));
        add(g, dist, DCAT.mediaType.asNode(), NodeFactory.createURI(MEDIA_TYPES + format.mediaType()));
        if (gzip)
            add(g, dist, DCAT.compressFormat.asNode(), NodeFactory.createURI(MEDIA_TYPES + "application/gzip"));
        if (downloadUrl != null) {
            add(g, dist, DCAT.downloadURL.asNode(), NodeFactory.createURI(downloadUrl));
            add(g, dataset, VOID.dataDump.asNode(), NodeFactory.createURI(downloadUrl));
        }
    }

    private static String encode(String iri) {
        return URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, org.apache.jena.rdf.model.Property p, Node o) {
        add(g, s, p.asNode(), o);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
