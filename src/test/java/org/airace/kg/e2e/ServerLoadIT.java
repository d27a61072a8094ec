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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.airace.kg.query.QueryBinder;
import org.airace.kg.query.SavedQueryCatalog;
import org.airace.kg.serve.SavedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback: the packaged CLI loads the seed articles and the example corpus
 * and serves them; 32 clients (system property {@code airace.load.clients}) run the saved queries,
 * with and without parameters, for 30 s ({@code airace.load.seconds}). No request may fail; the test
 * prints throughput and latency percentiles.
 */
class ServerLoadIT {

    /** Example parameter values by parameter name; a query's other parameters keep their defaults. */
    private static final Map<String, List<String>> EXAMPLE_VALUES = Map.of(
            "entity", List.of("airid:entity/Q30"),
            "country", List.of("airid:entity/Q148"),
            "type", List.of("air:Organization"),
            "unit", List.of("air:USD"),
            "topic", List.of("air:ChipConstraint"),
            "from", List.of("2025-01"));

    @TempDir
    Path work;

    @Test
    void savedQueriesUnderConcurrentLoadAllSucceed() throws Exception {
        Path seeds = Path.of(System.getProperty("airace.shared", "../shared"), "seeds").toAbsolutePath();
        assumeTrue(Files.isDirectory(seeds), "shared seeds not present beside the checkout");
        Path basedir = Path.of(System.getProperty("airace.basedir", ".")).toAbsolutePath();
        int clients = Integer.getInteger("airace.load.clients", 32);
        int seconds = Integer.getInteger("airace.load.seconds", 30);

        Path store = work.resolve("tdb2");
        CliProcess.Result load = CliProcess.run(work, 900, "load", "--store", store.toString(), seeds.toString(),
                basedir.resolve("examples/corpus").toString());
        assertThat(load.exitCode()).as(load.stderr()).isZero();

        Map<String, String> workload = workload(basedir.resolve("queries"));
        assertThat(workload).hasSizeGreaterThan(10);

        int port = freePort();
        Path log = work.resolve("serve.log");
        Process server = CliProcess.start(work, log, "serve", "--store", store.toString(), "--port", String.valueOf(port));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String endpoint = "http://127.0.0.1:" + port + "/airace/sparql";
            awaitUp(http, "http://127.0.0.1:" + port + "/$/ping", server, log);
            // One warm-up pass: the first run of each query pays for class loading and TDB2 caches.
            StringBuilder single = new StringBuilder("saved queries one at a time (ms):");
            for (Map.Entry<String, String> q : workload.entrySet()) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(http, endpoint, q.getValue());
                single.append(String.format("%n  %-60s %6d  HTTP %d", q.getKey(), (System.nanoTime() - t0) / 1_000_000, r.statusCode()));
                assertThat(r.statusCode()).as(q.getKey() + ": " + r.body()).isEqualTo(200);
            }
            System.out.println(single);

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, String> errors = new ConcurrentHashMap<>();
            AtomicLong errorCount = new AtomicLong();
            List<String> names = new ArrayList<>(workload.keySet());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    for (int i = client; System.nanoTime() < end; i++) {
                        String name = names.get(i % names.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = send(http, endpoint, workload.get(name));
                            if (r.statusCode() != 200) {
                                errorCount.incrementAndGet();
                                errors.putIfAbsent(name, r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            errorCount.incrementAndGet();
                            errors.putIfAbsent(name, e.toString());
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)).isTrue();
            double elapsed = (System.nanoTime() - started) / 1e9;

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("load test: %d clients, %.1f s, %d requests over %d saved-query variants, %.1f req/s, "
                            + "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms, errors %d%n",
                    clients, elapsed, sorted.size(), names.size(), sorted.size() / elapsed,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100),
                    errorCount.get());
            assertThat(errors).as("failed requests").isEmpty();
            assertThat(errorCount.get()).isZero();
            assertThat(sorted).hasSizeGreaterThan(clients);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /**
     * Every saved query that runs locally (the federated one needs the Wikidata endpoint), with its
     * defaults, plus one variant per query with example values for the parameters it declares.
     */
    private static Map<String, String> workload(Path queries) {
        Map<String, String> workload = new LinkedHashMap<>();
        for (SavedQuery saved : SavedQueryCatalog.locate(queries).all()) {
            String name = SavedQueryCatalog.nameOf(saved);
            if (saved.text().contains("SERVICE"))
                continue;
            workload.put(name, QueryBinder.bind(saved, Map.of()).toString());
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String param : QueryBinder.parameterNames(saved))
                if (EXAMPLE_VALUES.containsKey(param))
                    values.put(param, EXAMPLE_VALUES.get(param));
            if (!values.isEmpty())
                workload.put(name + " " + values, QueryBinder.bind(saved, values).toString());
        }
        return workload;
    }

    private static HttpResponse<String> send(HttpClient http, String endpoint, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty())
            return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    private static void awaitUp(HttpClient http, String url, Process server, Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!server.isAlive())
                throw new IllegalStateException("server exited: " + Files.readString(log));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200)
                    return;
            } catch (IOException notYet) {
                // keep waiting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("server did not come up: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
