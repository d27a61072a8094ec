package org.airace.kg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Validates graphs against the contract's SHACL shapes ({@code ontology/shapes.ttl}).
 *
 * <p>The shapes load from the classpath ({@code /ontology/shapes.ttl}, where the jar carries them)
 * or else from {@code ontology/shapes.ttl} under the working directory. Thread-safe once built.
 */
public final class ShapesValidator {

    public static final String CLASSPATH_SHAPES = "/ontology/shapes.ttl";
    public static final Path FILE_SHAPES = Path.of("ontology", "shapes.ttl");

    private final Shapes shapes;

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The contract's shapes, from the classpath or the working directory. */
    public static ShapesValidator load() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(CLASSPATH_SHAPES)) {
            if (in != null) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                return new ShapesValidator(g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isRegularFile(FILE_SHAPES)) {
            throw new IllegalStateException("shapes not found on the classpath at " + CLASSPATH_SHAPES
                    + " nor at " + FILE_SHAPES.toAbsolutePath());
        }
        return fromFile(FILE_SHAPES);
    }

    public static ShapesValidator fromFile(Path shapesFile) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(shapesFile).lang(Lang.TURTLE).parse(g);
        return new ShapesValidator(g);
    }

    /** Validates one graph on its own. */
    public Report validate(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            problems.add(describe(e));
        }
        return new Report(report.conforms(), problems);
    }

    /**
     * Validates each named graph of a dataset seen together with the default graph (which may hold
     * canonical entity descriptions), and the default graph alone when there are no named graphs.
     * Problems are prefixed with the graph's name.
     */
    public Report validate(DatasetGraph dataset) {
        List<String> problems = new ArrayList<>();
        boolean conforms = true;
        Graph defaultGraph = dataset.getDefaultGraph();
        Iterator<Node> names = dataset.listGraphNodes();
        boolean any = false;
        while (names.hasNext()) {
            any = true;
            Node name = names.next();
            Report r = validate(new Union(dataset.getGraph(name), defaultGraph));
            conforms &= r.conforms();
            for (String p : r.problems()) problems.add("graph " + FmtUtils.stringForNode(name) + ": " + p);
        }
        if (!any) {
            Report r = validate(defaultGraph);
            conforms = r.conforms();
            problems.addAll(r.problems());
        }
        return new Report(conforms, problems);
    }

    private static String describe(ReportEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.severity() == null ? "Violation" : e.severity().level().getLocalName())
                .append(" at ").append(FmtUtils.stringForNode(e.focusNode()));
        if (e.resultPath() != null) sb.append(" path ").append(e.resultPath());
        if (e.value() != null) sb.append(" value ").append(FmtUtils.stringForNode(e.value()));
        sb.append(": ").append(e.message());
        return sb.toString();
    }

    /**
     * The outcome of a validation.
     *
     * @param conforms true when no shape is violated
     * @param problems one readable line per result: severity, focus node, path, value and message
     */
    public record Report(boolean conforms, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        /** A readable summary for logs and assertion messages. */
        public String text() {
            if (conforms) return "conforms";
            return problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
