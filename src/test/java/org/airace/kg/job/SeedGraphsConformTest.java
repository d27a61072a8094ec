package org.airace.kg.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.rdf.ShapesValidator;
import org.airace.kg.resolve.ResolvedDocument;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real pipeline over the seed articles and the example corpus: every document's graph conforms
 * to the shapes in ontology/shapes.ttl, and every span it records selects exactly its text.
 */
class SeedGraphsConformTest {

    static List<ResolvedDocument> docs;
    static ExtractionJob job;

    @BeforeAll
    static void extract() throws Exception {
        Path seeds = Path.of(System.getProperty("airace.shared", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "shared seeds not present");
        Path examples = Path.of(System.getProperty("airace.basedir", "."), "examples", "corpus");
        RunReport report = new RunReport("test");
        job = ExtractionJob.create(2, new PrintStream(new ByteArrayOutputStream()));
        docs = job.extract(List.of(seeds, examples), report);
        assertThat(report.anyFailed()).as(report.summary()).isFalse();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void everyDocumentGraphConformsToTheShapes() {
        ShapesValidator shapes = ShapesValidator.load();
        for (ResolvedDocument doc : docs) {
            Graph g = GraphFactory.createDefaultGraph();
            for (Quad q : job.quads(doc)) {
                g.add(q.asTriple());
            }
            ShapesValidator.Report r = shapes.validate(g);
            assertThat(r.conforms()).as(doc.annotated().document().fileName() + "\n" + r.text()).isTrue();
        }
    }

    @Test
    void everyRecordedSpanSelectsItsText() {
        for (ResolvedDocument doc : docs) {
            String text = doc.annotated().document().text();
            doc.annotated().mentions().forEach(m ->
                    assertThat(text.substring(m.span().begin(), m.span().end())).isEqualTo(m.text()));
            for (Quantity q : doc.annotated().quantities()) {
                assertThat(text.substring(q.span().begin(), q.span().end())).isEqualTo(q.text());
            }
            for (TimeExpression t : doc.annotated().times()) {
                assertThat(text.substring(t.span().begin(), t.span().end())).isEqualTo(t.text());
            }
            doc.annotated().quotes().forEach(q ->
                    assertThat(text.substring(q.span().begin(), q.span().end())).isEqualTo(q.text()));
        }
    }

    @Test
    void everySeedGetsEntitiesQuantitiesDatesQuotesAndClaims() {
        long withEntities = docs.stream().filter(d -> !d.entities().isEmpty()).count();
        long withClaims = docs.stream().filter(d -> !d.annotated().claims().isEmpty()).count();
        assertThat(withEntities).isEqualTo(docs.size());
        assertThat(withClaims).isGreaterThanOrEqualTo(docs.size() - 1);
    }
}
