package org.airace.kg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The hand-written part of the dataset description ({@code ontology/dataset.ttl}): title, licence,
 * rights, vocabulary of the one {@code void:Dataset} it declares, and the prefixes dumps use. The
 * exporter adds the measured figures to it.
 */
public final class DescriptionTemplate {
    /** Where the template travels inside the jar (the {@code ontology/} folder is packaged as a resource). */
    static final String RESOURCE = "/ontology/dataset.ttl";

    private final Graph graph;
    private final Node dataset;

    private DescriptionTemplate(Graph graph, String origin) {
        this.graph = graph;
        List<Node> datasets = graph.find(Node.ANY, RDF.Nodes.type, VOID.Dataset.asNode()).mapWith(Triple::getSubject).toList();
        if (datasets.size() != 1 || !datasets.get(0).isURI())
            throw new IllegalArgumentException(origin + ": expected exactly one void:Dataset named by an IRI, found " + datasets.size());
        this.dataset = datasets.get(0);
    }

    /** Reads a template file (Turtle or any syntax its extension names). */
    public static DescriptionTemplate read(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return new DescriptionTemplate(g, file.toString());
    }

    /** The template shipped with the project: from the jar, else {@code ontology/dataset.ttl} under the project folder. */
    public static DescriptionTemplate bundled() {
        try (InputStream in = DescriptionTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                return new DescriptionTemplate(g, RESOURCE);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = Path.of(System.getProperty("airace.home", "."), "ontology", "dataset.ttl");
        if (!Files.isRegularFile(file))
            throw new IllegalStateException("dataset description template not found: " + file);
        return read(file);
    }

    /** The IRI of the dataset being described. */
    public Node dataset() {
        return dataset;
    }

    /** The template's statements (read-only view: copy before adding). */
    Graph statements() {
        return graph;
    }

    public PrefixMapping prefixes() {
        return graph.getPrefixMapping();
    }
}
