package org.airace.kg.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path as a user runs it: the packaged CLI extracts the seed articles and the example
 * corpus, loads them into a real TDB2 store, serves them with a real Fuseki on a loopback port, and
 * the headline saved query answers over HTTP.
 */
class EndToEndIT {

    static final String AIR = "https://w3id.org/airace/ontology#";

    @TempDir
    static Path work;

    static Path seeds;
    static Path examples;
    static Path nquads;

    @BeforeAll
    static void extract() throws Exception {
        seeds = Path.of(System.getProperty("airace.shared", "../shared"), "seeds").toAbsolutePath();
        assumeTrue(Files.isDirectory(seeds), "shared seeds not present beside the checkout");
        examples = Path.of(System.getProperty("airace.basedir", "."), "examples", "corpus").toAbsolutePath();
        nquads = work.resolve("all.nq");
        CliProcess.Result r = CliProcess.run(work, 600, "extract", "--out", nquads.toString(),
                "--report", work.resolve("report.json").toString(), seeds.toString(), examples.toString());
        assertThat(r.exitCode()).as("extract exit code; stderr:\n%s", r.stderr()).isZero();
        assertThat(r.stderr()).contains("succeeded");
    }

    @Test
    void everySeedHasItsSourceWithHeaderMetadataAndExactOffsets() throws IOException {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, nquads.toString());
        Map<String, String> textByFile = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.toList()) {
                textByFile.put(f.getFileName().toString(), stripBom(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        String sources = prefixes() + """
                SELECT ?file (COUNT(DISTINCT ?g) AS ?graphs) WHERE {
                  GRAPH ?g { ?s a air:Source ; air:fileName ?file } FILTER(?g = ?s)
                } GROUP BY ?file""";
        Set<String> files = new HashSet<>();
        for (QuerySolution row : select(ds, sources)) {
            files.add(row.getLiteral("file").getString());
            assertThat(row.getLiteral("graphs").getInt()).isEqualTo(1);
        }
        assertThat(files).containsAll(textByFile.keySet());

        // The seed with a URL line and a dated header keeps both.
        String meta = prefixes() + """
                SELECT ?file ?url ?issued WHERE { GRAPH ?g { ?s a air:Source ; air:fileName ?file .
                  OPTIONAL { ?s schema:url ?url } OPTIONAL { ?s dcterms:issued ?issued } } }""";
        long withUrl = 0, withDate = 0;
        for (QuerySolution row : select(ds, meta)) {
            if (!textByFile.containsKey(row.getLiteral("file").getString())) continue;
            if (row.contains("url")) withUrl++;
            if (row.contains("issued")) withDate++;
        }
        assertThat(withUrl).isGreaterThanOrEqualTo(1);
        assertThat(withDate).isGreaterThanOrEqualTo(4);

        String mentions = prefixes() + """
                SELECT ?file ?b ?e ?t WHERE { GRAPH ?g {
                  ?m a air:Mention ; air:inSource ?s ; air:begin ?b ; air:end ?e ; air:anchorText ?t .
                  ?s air:fileName ?file } }""";
        int checked = 0;
        for (QuerySolution row : select(ds, mentions)) {
            String text = textByFile.get(row.getLiteral("file").getString());
            if (text == null) continue;
            int b = row.getLiteral("b").getInt(), e = row.getLiteral("e").getInt();
            assertThat(text.substring(b, e)).isEqualTo(row.getLiteral("t").getString());
            checked++;
        }
        assertThat(checked).as("mentions checked in the seeds").isGreaterThan(100);
    }

    @Test
    void loadServeAndAskTheHeadlineQueryOverHttp() throws Exception {
        Path store = work.resolve("tdb2");
        CliProcess.Result load = CliProcess.run(work, 600, "load", "--store", store.toString(), nquads.toString());
        assertThat(load.exitCode()).as("load; stderr:\n%s", load.stderr()).isZero();
        // Loading the same file again replaces graphs instead of duplicating them.
        CliProcess.Result again = CliProcess.run(work, 600, "load", "--store", store.toString(), nquads.toString());
        assertThat(again.exitCode()).isZero();

        int port = freePort();
        Process server = CliProcess.start(work, work.resolve("serve.log"), "serve", "--store", store.toString(),
                "--port", String.valueOf(port));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            awaitUp(http, base + "/$/ping", server);

            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).containsIgnoringCase("<html");

            String headline = Files.readString(Path.of(System.getProperty("airace.basedir", "."), "queries",
                    "headline-cost-chip-constraints.rq"));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/airace/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(headline, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
            Set<String> sourcesWithRows = new HashSet<>();
            int rows = 0;
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                rows++;
                sourcesWithRows.add(row.getResource("source").getURI());
            }
            assertThat(rows).isGreaterThan(5);
            Set<String> seedSources = seedSourceIris();
            assertThat(seedSources).hasSize(5);
            Set<String> seedsWithRows = new HashSet<>(sourcesWithRows);
            seedsWithRows.retainAll(seedSources);
            assertThat(seedsWithRows).as("seed sources with headline rows").isEqualTo(seedSources);

            // Each refused update on its own connection: Jetty closes a connection after refusing a body it did not read.
            HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/airace/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).as("update on the public endpoint").isBetween(400, 499);
            HttpResponse<String> updateViaQuery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/airace"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(updateViaQuery.statusCode()).as("update on the dataset").isBetween(400, 499);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** The source IRIs the extraction gave the seed files. */
    private static Set<String> seedSourceIris() throws IOException {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, nquads.toString());
        Set<String> seedFiles = new HashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            files.forEach(f -> seedFiles.add(f.getFileName().toString()));
        }
        Set<String> iris = new HashSet<>();
        for (QuerySolution row : select(ds, prefixes() + "SELECT ?s ?file WHERE { GRAPH ?g { ?s a air:Source ; air:fileName ?file } }")) {
            if (seedFiles.contains(row.getLiteral("file").getString())) {
                iris.add(row.getResource("s").getURI());
            }
        }
        return iris;
    }

    private static void awaitUp(HttpClient http, String url, Process server) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(work.resolve("serve.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep waiting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("server did not come up: " + Files.readString(work.resolve("serve.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String prefixes() {
        return "PREFIX air: <" + AIR + ">\nPREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX schema: <https://schema.org/>\n";
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new java.util.ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }
}
