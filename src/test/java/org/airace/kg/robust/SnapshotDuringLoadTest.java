package org.airace.kg.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.airace.kg.store.LoadReport;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While one thread loads a file graph by graph, another keeps querying the same store: every answer
 * shows each graph either absent or complete (never half-written), and the number of complete graphs
 * never goes down. Queries run as the SPARQL server runs them, one read transaction per query.
 */
class SnapshotDuringLoadTest {

    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir
    Path work;

    @Test
    void queriesDuringALoadSeeEachGraphAbsentOrComplete() throws Exception {
        Path file = work.resolve("graphs.nq");
        Map<String, Long> expected = SyntheticGraphs.write(file, 120);
        try (TdbStore store = TdbStore.open(work.resolve("store"))) {
            AtomicBoolean loading = new AtomicBoolean(true);
            List<String> violations = new ArrayList<>();
            List<Integer> seenSizes = new ArrayList<>();
            Thread reader = new Thread(() -> {
                while (loading.get() || seenSizes.isEmpty()) {
                    Map<String, Long> snapshot = Txn.calculateRead(store.dataset(), () -> perGraph(store));
                    for (Map.Entry<String, Long> e : snapshot.entrySet()) {
                        Long want = expected.get(e.getKey());
                        if (want != null && !want.equals(e.getValue()))
                            violations.add(e.getKey() + " seen with " + e.getValue() + " of " + want + " quads");
                    }
                    seenSizes.add(snapshot.size());
                }
            }, "snapshot-reader");
            reader.start();
            LoadReport report;
            // One commit per graph (loads batch graphs per transaction by default; a file this small
            // would be one commit, and there would be no half-way state to look at).
            System.setProperty("airace.loadBatchQuads", "1");
            try {
                report = store.loadFile(file);
            } finally {
                System.clearProperty("airace.loadBatchQuads");
                loading.set(false);
                reader.join(60_000);
            }
            assertThat(report.error()).isNull();
            assertThat(violations).isEmpty();
            assertThat(seenSizes).as("snapshots taken during the load").hasSizeGreaterThan(3);
            for (int i = 1; i < seenSizes.size(); i++)
                assertThat(seenSizes.get(i)).as("graphs seen never decrease").isGreaterThanOrEqualTo(seenSizes.get(i - 1));
            assertThat(seenSizes.stream().anyMatch(n -> n > 0 && n < expected.size()))
                    .as("at least one snapshot caught the load half-way: %s", seenSizes).isTrue();
            System.out.printf("snapshot test: %d queries during the load, graph counts seen from %d to %d, none partial%n",
                    seenSizes.size(), seenSizes.get(0), seenSizes.get(seenSizes.size() - 1));
        }
    }

    private static Map<String, Long> perGraph(TdbStore store) {
        Map<String, Long> counts = new HashMap<>();
        try (QueryExecution q = QueryExecutionFactory.create(PER_GRAPH, store.dataset())) {
            q.execSelect().forEachRemaining((QuerySolution row) ->
                    counts.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        }
        return counts;
    }
}
