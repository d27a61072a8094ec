package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped configuration with its result bound lowered to 50 (the same setting, another value):
 * queries that would return more are cut to 50 rows and say so in a response header; queries within
 * the bound, and queries with their own smaller LIMIT, are untouched.
 */
class ResultSizeBoundTest {
    private static final int BOUND = 50;
    private static final int ROWS = 120;

    @TempDir
    static Path tmp;
    static TdbStore store;
    static ConsoleServer server;

    @BeforeAll
    static void start() throws Exception {
        store = TdbStore.open(tmp.resolve("store"));
        Node g = NodeFactory.createURI("https://w3id.org/airace/id/source/bound-test");
        Node p = NodeFactory.createURI("urn:test:value");
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < ROWS; i++)
            quads.add(Quad.create(g, NodeFactory.createURI("urn:test:s" + i), p, NodeFactory.createLiteralString("v" + i)));
        store.replaceGraph(g, quads);
        String shipped = Files.readString(ConsoleServerTest.CONFIG);
        assertThat(shipped).contains("\"" + BoundedQueryService.LIMIT_SYMBOL + "\" ; ja:cxtValue \"10000\"");
        Path config = Files.writeString(tmp.resolve("config.ttl"),
                shipped.replace("ja:cxtValue \"10000\"", "ja:cxtValue \"" + BOUND + "\""));
        server = ConsoleServer.start(store, ConsoleServer.Options.defaults().withPort(0).withConfigFile(config)
                .withQueriesFolder(ConsoleServerTest.QUERIES));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    private static int csvRows(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().split("\r?\n").length - 1;
    }

    @Test
    void aSelectOverTheBoundIsCutAndSaysSo() throws Exception {
        HttpResponse<String> r = Http.select(server.sparqlEndpoint(), "SELECT ?s ?o WHERE { ?s <urn:test:value> ?o }");
        assertThat(csvRows(r)).isEqualTo(BOUND);
        assertThat(r.headers().firstValue(BoundedQueryService.LIMIT_HEADER)).hasValue(String.valueOf(BOUND));
    }

    @Test
    void aLargerLimitIsLoweredToTheBound() throws Exception {
        HttpResponse<String> r = Http.select(server.sparqlEndpoint(), "SELECT ?s WHERE { ?s <urn:test:value> ?o } LIMIT 100");
        assertThat(csvRows(r)).isEqualTo(BOUND);
        assertThat(r.headers().firstValue(BoundedQueryService.LIMIT_HEADER)).isPresent();
    }

    @Test
    void aQueryWithinTheBoundIsUntouched() throws Exception {
        HttpResponse<String> small = Http.select(server.sparqlEndpoint(), "SELECT ?s WHERE { ?s <urn:test:value> ?o } LIMIT 7");
        assertThat(csvRows(small)).isEqualTo(7);
        assertThat(small.headers().firstValue(BoundedQueryService.LIMIT_HEADER)).isEmpty();
        // Aggregates see every row: the bound limits what is sent, not what is counted.
        HttpResponse<String> count = Http.select(server.sparqlEndpoint(), "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:test:value> ?o }");
        assertThat(count.body()).contains(String.valueOf(ROWS));
    }

    @Test
    void constructIsBoundedOnEveryQueryEndpoint() throws Exception {
        for (String endpoint : List.of("/airace", "/airace/query", "/airace/sparql")) {
            HttpResponse<String> r = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + endpoint))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/n-triples")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("CONSTRUCT WHERE { ?s <urn:test:value> ?o }")));
            assertThat(r.statusCode()).as(endpoint + ": " + r.body()).isEqualTo(200);
            assertThat(r.body().lines().filter(l -> !l.isBlank()).count()).as(endpoint).isEqualTo(BOUND);
        }
    }

    @Test
    void aBadBoundIsAConfigurationError() {
        org.apache.jena.sparql.util.Context c = new org.apache.jena.sparql.util.Context();
        c.set(org.apache.jena.sparql.util.Symbol.create(BoundedQueryService.LIMIT_SYMBOL), "many");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BoundedQueryService.limitOf(c))
                .hasMessageContaining("many");
        assertThat(BoundedQueryService.limitOf(new org.apache.jena.sparql.util.Context())).isZero();
    }
}
