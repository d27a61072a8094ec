package org.airace.kg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser thread must be invisible to the sink: same statements, same order, same errors, same thread. */
class BackgroundParserTest {
    @TempDir
    Path tmp;

    /** Lines alternating quads and default-graph triples, numbered so order can be checked. */
    private Path file(int statements, String tail) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < statements; i++) {
            String graph = i % 3 == 0 ? "" : " <urn:g:" + (i / 100) + ">";
            sb.append("<urn:s:").append(i).append("> <urn:p> \"").append(i).append("\"").append(graph).append(" .\n");
        }
        sb.append(tail);
        Path f = tmp.resolve("data.nq");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private static RDFParser parser(Path f) {
        return RDFParser.source(f.toString()).lang(Lang.NQUADS).build();
    }

    /** Records what arrives and on which thread. */
    private static final class Recorder extends StreamRDFBase {
        final List<String> seen = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        boolean finished;

        @Override
        public void triple(Triple t) {
            seen.add("T" + t.getObject().getLiteralLexicalForm());
            threads.add(Thread.currentThread());
        }

        @Override
        public void quad(Quad q) {
            seen.add("Q" + q.getObject().getLiteralLexicalForm() + "@" + q.getGraph().getURI());
            threads.add(Thread.currentThread());
        }

        @Override
        public void finish() {
            finished = true;
        }
    }

    @Test
    void deliversEveryStatementInFileOrderOnTheCallingThread() throws IOException {
        Path f = file(5000, "");
        Recorder direct = new Recorder();
        parser(f).parse(direct);
        Recorder background = new Recorder();

        BackgroundParser.parse(parser(f), background);

        assertThat(background.seen).hasSize(5000).containsExactlyElementsOf(direct.seen);
        assertThat(background.seen.get(1)).isEqualTo("Q1@urn:g:0");
        assertThat(background.threads).containsOnly(Thread.currentThread());
        assertThat(background.finished).isTrue();
    }

    @Test
    void triplesStayTriples() throws IOException {
        Path f = tmp.resolve("data.ttl");
        Files.writeString(f, "<urn:a> <urn:p> \"1\" .\n<urn:b> <urn:p> \"2\" .\n", StandardCharsets.UTF_8);
        Recorder background = new Recorder();

        BackgroundParser.parse(RDFParser.source(f.toString()).lang(Lang.TURTLE).build(), background);

        assertThat(background.seen).containsExactly("T1", "T2");
    }

    @Test
    void aSyntaxErrorArrivesAfterTheStatementsBeforeIt() throws IOException {
        Path f = file(3000, "<urn:s:bad> <urn:p> \"x\" <urn:g:bad .\n<urn:s:after> <urn:p> \"y\" .\n");
        Recorder background = new Recorder();

        assertThatThrownBy(() -> BackgroundParser.parse(parser(f), background)).isInstanceOf(RiotException.class);

        assertThat(background.seen).hasSize(3000);
        assertThat(background.seen.get(2999)).startsWith("Q2999@");
        assertThat(background.finished).isFalse();
    }

    @Test
    void aFailingSinkStopsTheParserAndItsErrorPropagates() throws IOException {
        Path f = file(200_000, "");
        int before = Thread.activeCount();
        StreamRDFBase failing = new StreamRDFBase() {
            int n;

            @Override
            public void quad(Quad q) {
                if (++n == 10)
                    throw new IllegalStateException("store full");
            }
        };

        assertThatThrownBy(() -> BackgroundParser.parse(parser(f), failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("store full");
        // parse() joins its thread before returning, even when the sink failed.
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("airace-parse"));
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(before);
    }
}
