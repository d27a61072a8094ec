package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TDB2 store served by a real Fuseki on a free loopback port, without a password file. */
class ConsoleServerTest {
    static final Path BASEDIR = Path.of(System.getProperty("airace.basedir", "."));
    static final Path QUERIES = BASEDIR.resolve("queries");
    static final Path CONFIG = BASEDIR.resolve("fuseki-config/config.ttl");
    private static final String FILLER_GRAPH = TestGraphs.ID + "source/filler";

    @TempDir
    static Path tmp;
    static TdbStore store;
    static ConsoleServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = TdbStore.open(tmp.resolve("store"));
        TestGraphs.loadInto(store);
        loadFiller(3000);
        server = ConsoleServer.start(store, ConsoleServer.Options.defaults().withPort(0).withConfigFile(CONFIG)
                .withQueriesFolder(QUERIES).withQueryTimeoutMillis(1500L));
        base = server.baseUrl();
    }

    /** Triples that make a cross join expensive (3000^3 rows); not a source, so no query above sees them. */
    private static void loadFiller(int n) {
        Node g = NodeFactory.createURI(FILLER_GRAPH);
        Node p = NodeFactory.createURI(TestGraphs.AIR + "filler");
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++)
            quads.add(Quad.create(g, NodeFactory.createURI(FILLER_GRAPH + "/" + i), p, NodeFactory.createLiteralString("v" + i)));
        store.replaceGraph(g, quads);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    private static List<String> csvRows(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>(Arrays.asList(r.body().split("\r?\n")));
        lines.remove(0);
        return lines;
    }

    @Test
    void theConsoleAnswersAtTheRoot() throws Exception {
        HttpResponse<String> r = Http.get(base + "/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Apache Jena Fuseki UI").contains("<div id=\"app\">");
    }

    @Test
    void theConsoleFindsTheDatasetThroughTheServerPage() throws Exception {
        HttpResponse<String> r = Http.get(base + "/$/server");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"/airace\"").contains("sparql");
        assertThat(Http.get(base + "/$/ping").statusCode()).isEqualTo(200);
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllGraphs() throws Exception {
        List<String> rows = csvRows(Http.select(server.sparqlEndpoint(),
                "PREFIX air: <https://w3id.org/airace/ontology#> SELECT ?s WHERE { ?s a air:Source } ORDER BY ?s"));
        assertThat(rows).containsExactly(TestGraphs.DOC_X, TestGraphs.DOC_Y);
    }

    @Test
    void theHeadlineQueryReturnsClaimsAboutChineseModelsCompaniesAndChina() throws Exception {
        String query = Files.readString(QUERIES.resolve("headline-cost-chip-constraints.rq"));
        String body = Http.select(server.sparqlEndpoint(), query).body();
        List<String> rows = csvRows(Http.select(server.sparqlEndpoint(), query));

        assertThat(rows).as(body).hasSize(3);
        assertThat(rows.get(0)).startsWith(TestGraphs.DOC_X + ",Title X,Outlet X,2025-03-01,")
                .contains("測試模型").contains("CostConstraint").contains("sentence about cost");
        assertThat(rows.get(1)).startsWith(TestGraphs.DOC_X).contains("中國").contains("ChipConstraint");
        assertThat(rows.get(2)).startsWith(TestGraphs.DOC_Y).contains("Test Lab").contains("測試人");
        assertThat(body).doesNotContain("foreign model").doesNotContain("something else");
    }

    @Test
    void jsonAnswersComeFromTheCompactWriter() throws Exception {
        HttpResponse<String> r = Http.selectJson(server.sparqlEndpoint(),
                "PREFIX air: <https://w3id.org/airace/ontology#> SELECT ?s ?title WHERE { ?s a air:Source OPTIONAL { ?s <http://purl.org/dc/terms/title> ?title } } ORDER BY ?s");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/sparql-results+json");
        // Jena's own writer indents; this one writes the same members on one line.
        assertThat(r.body()).doesNotContain("\n")
                .startsWith("{\"head\":{\"vars\":[\"s\",\"title\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"" + TestGraphs.DOC_X + "\"}");
    }

    @Test
    void updatesSentToThePublicEndpointsAreRefused() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"injected\" } }";
        for (String endpoint : List.of("/airace/sparql", "/airace", "/airace/query", "/airace/update", "/airace/get")) {
            HttpResponse<String> r = Http.update(base + endpoint, insert, null, null);
            assertThat(r.statusCode()).as(endpoint).isBetween(400, 499);
        }
        HttpResponse<String> put = Http.send(HttpRequest.newBuilder(URI.create(base + "/airace/data?graph=urn:x:g"))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"injected\" .\n")));
        assertThat(put.statusCode()).isBetween(400, 499);
        assertThat(store.graphNames()).doesNotContain("urn:x:g");
        HttpResponse<String> update = Http.update(base + "/airace/update", insert, null, null);
        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(update.body()).as("says why and how to enable writes").contains("read-only").contains("--password-file");
    }

    @Test
    void adminOperationsThatChangeTheServerAreRefused() throws Exception {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets?dbName=evil&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(405);
        HttpResponse<String> del = Http.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets/airace")).DELETE());
        assertThat(del.statusCode()).isEqualTo(405);
        assertThat(Http.get(base + "/$/datasets").statusCode()).isEqualTo(200);
    }

    @Test
    void theServerSeesWhatTheStoreCommitsWhileRunning() throws Exception {
        String graph = TestGraphs.ID + "source/live";
        store.replaceGraph(NodeFactory.createURI(graph), List.of(Quad.create(NodeFactory.createURI(graph),
                NodeFactory.createURI(graph), NodeFactory.createURI(TestGraphs.AIR + "fileName"), NodeFactory.createLiteralString("live.txt"))));
        List<String> rows = csvRows(Http.select(server.sparqlEndpoint(),
                "SELECT ?f WHERE { <" + graph + "> <" + TestGraphs.AIR + "fileName> ?f }"));
        assertThat(rows).containsExactly("live.txt");
    }

    @Test
    void theSavedQueryIndexListsTheHeadlineQueryWithAWorkingConsoleLink() throws Exception {
        HttpResponse<String> page = Http.get(base + "/queries/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cost or chip constraints cited for Chinese models");

        Matcher m = Pattern.compile("href=\"(/#/dataset/airace/query\\?query=[^\"]+)\"[^>]*>Cost or chip").matcher(page.body());
        assertThat(m.find()).isTrue();
        String link = m.group(1).replace("&amp;", "&");
        String encoded = link.substring(link.indexOf("query=") + "query=".length());
        String text = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        assertThat(encoded).doesNotContain("+");
        assertThat(text).isEqualTo(Files.readString(QUERIES.resolve("headline-cost-chip-constraints.rq")));
        assertThat(csvRows(Http.select(server.sparqlEndpoint(), text))).hasSize(3);

        HttpResponse<String> raw = Http.get(base + "/queries/files/headline-cost-chip-constraints.rq");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(text);
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.select(server.sparqlEndpoint(),
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + FILLER_GRAPH + "> { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } }");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.body()).as("a message that says what happened and what to do")
                .startsWith("Query timed out").contains("1500 ms").contains("Narrow");
        assertThat(millis).isLessThan(15_000);
    }
}
