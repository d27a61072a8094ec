package org.airace.kg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfOutputTest {

    @TempDir
    Path dir;

    final List<Quad> quads = new DocumentGraphMapper(new ExtractionRun("0.1.0", "cfg")).quads(SampleDocuments.sample(false));

    void write(Path file) throws Exception {
        try (RdfOutput out = RdfOutput.open(file)) {
            quads.forEach(out.stream()::quad);
        }
    }

    @Test
    void syntaxFollowsTheExtension() {
        assertThat(RdfOutput.syntaxOf("out.nq")).isEqualTo(RdfOutput.Syntax.NQUADS);
        assertThat(RdfOutput.syntaxOf("out.NQ.gz")).isEqualTo(RdfOutput.Syntax.NQUADS);
        assertThat(RdfOutput.syntaxOf("out.trig")).isEqualTo(RdfOutput.Syntax.TRIG);
        assertThat(RdfOutput.syntaxOf("out.ttl.gz")).isEqualTo(RdfOutput.Syntax.TURTLE);
        assertThat(RdfOutput.syntaxOf("out.nt")).isEqualTo(RdfOutput.Syntax.NTRIPLES);
        assertThat(RdfOutput.syntaxOf("out.data")).isEqualTo(RdfOutput.Syntax.NQUADS);
    }

    @Test
    void gzippedNQuadsRoundTrip() throws Exception {
        Path file = dir.resolve("graphs.nq.gz");
        write(file);
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(in.readNBytes(2)).isNotEmpty(); // really gzip: the stream opens
        }
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(file.toString());
        assertThat(new HashSet<>(ds.stream().toList())).isEqualTo(new HashSet<>(quads));
    }

    @Test
    void trigKeepsTheNamedGraph() throws Exception {
        Path file = dir.resolve("graphs.trig");
        write(file);
        assertThat(Files.readString(file)).containsIgnoringCase("prefix air:");
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(file.toString());
        assertThat(new HashSet<>(ds.stream().toList())).isEqualTo(new HashSet<>(quads));
    }

    @Test
    void turtleHoldsTheTriplesWithoutGraphNames() throws Exception {
        Path file = dir.resolve("graphs.ttl");
        write(file);
        Graph g = RDFDataMgr.loadGraph(file.toString());
        assertThat(g.size()).isEqualTo(quads.size());
        for (Quad q : quads) assertThat(g.contains(q.asTriple())).isTrue();
        Path nt = dir.resolve("graphs.nt");
        write(nt);
        assertThat(RDFDataMgr.loadGraph(nt.toString()).isIsomorphicWith(g)).isTrue();
        assertThat(Files.readString(nt)).doesNotContain(Node.ANY.toString());
    }

    @Test
    void lineByLineOutputsFormatEachDocumentAsTheirOneWriterWould() throws Exception {
        // Terms that need escaping, a blank node and a default-graph statement beside the sample graph.
        Node g = NodeFactory.createURI("https://example.org/g");
        List<Quad> odd = List.of(
                Quad.create(g, NodeFactory.createBlankNode("b 1"), NodeFactory.createURI("https://example.org/p"),
                        NodeFactory.createLiteralString("行一\n\"引号\"\t\\ 與 tab")),
                Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/ü/é"),
                        NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralLang("模型", "zh-Hant")));
        for (String name : List.of("a.nq", "a.nt", "a.nq.gz")) {
            Path streamed = dir.resolve("streamed-" + name);
            Path formatted = dir.resolve("formatted-" + name);
            try (RdfOutput out = RdfOutput.open(streamed)) {
                quads.forEach(out.stream()::quad);
                odd.forEach(out.stream()::quad);
            }
            try (RdfOutput out = RdfOutput.open(formatted)) {
                assertThat(out.formatsLineByLine()).isTrue();
                out.writeFormatted(out.format(quads));
                out.writeFormatted(out.format(odd));
            }
            assertThat(read(formatted)).as(name).isEqualTo(read(streamed)).isNotEmpty();
        }
        for (String name : List.of("a.trig", "a.ttl")) {
            try (RdfOutput out = RdfOutput.open(dir.resolve(name))) {
                assertThat(out.formatsLineByLine()).isFalse();
                assertThat(out.format(quads)).isNull();
            }
        }
    }

    private static byte[] read(Path file) throws Exception {
        if (!file.toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
