package org.airace.kg.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written template: one dataset, and no figure of its own surviving next to the measured one. */
class DescriptionTemplateTest {
    private static final String PREFIXES = "PREFIX void: <http://rdfs.org/ns/void#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n";

    @TempDir
    Path tmp;

    @Test
    void aTemplateMustDeclareExactlyOneDataset() throws Exception {
        Path none = Files.writeString(tmp.resolve("none.ttl"), PREFIXES + "<https://example.org/d> dcterms:title \"t\" .\n");
        Path two = Files.writeString(tmp.resolve("two.ttl"), PREFIXES + "<https://example.org/a> a void:Dataset .\n<https://example.org/b> a void:Dataset .\n");
        assertThatThrownBy(() -> DescriptionTemplate.read(none)).hasMessageContaining("exactly one void:Dataset");
        assertThatThrownBy(() -> DescriptionTemplate.read(two)).hasMessageContaining("found 2");
    }

    @Test
    void measuredFiguresReplaceTheTemplatesAndItsOtherStatementsStay() throws Exception {
        Path file = Files.writeString(tmp.resolve("mine.ttl"), PREFIXES
                + "<https://example.org/d> a void:Dataset ; void:triples 99 ; dcterms:created \"yesterday\" ;\n"
                + "  dcterms:license <https://example.org/licence> .\n");
        DescriptionTemplate template = DescriptionTemplate.read(file);
        StoreStatistics stats = new StoreStatistics(7, 6, 3, 2, Map.of("https://example.org/C", 2L),
                List.of(new StoreStatistics.SourceGraph("https://example.org/source/1", 7)), List.of("https://example.org/run"));

        Graph g = DatasetDescription.build(template, stats, DumpFormat.TURTLE, false, "x.ttl", null,
                Instant.parse("2026-03-04T05:06:07.890Z"));

        Node d = NodeFactory.createURI("https://example.org/d");
        assertThat(g.find(d, VOID.triples.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .containsExactly("7");
        assertThat(g.find(d, DCTerms.created.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .containsExactly("2026-03-04T05:06:07Z");
        assertThat(g.contains(d, DCTerms.license.asNode(), NodeFactory.createURI("https://example.org/licence"))).isTrue();
        assertThat(g.find(d, VOID.subset.asNode(), Node.ANY).toList()).hasSize(1);
        assertThat(g.find(Node.ANY, VOID.dataDump.asNode(), Node.ANY).toList()).as("no URL given, none stated").isEmpty();
    }
}
