package org.airace.kg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.airace.kg.robust.SyntheticGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code airace load} killed with SIGKILL part-way: the store opens again (TDB2 recovers from its
 * journal), answers queries, and holds exactly the graphs whose transactions committed, each one
 * complete. Loading the same file again, to the end, gives the same graphs and counts as one clean
 * load, and loading it yet again changes nothing.
 */
class KillDuringLoadIT {

    private static final int GRAPHS = 120;
    private static final int COMMITS_BEFORE_KILL = 15;

    @TempDir
    Path work;

    @Test
    void aKilledLoadLeavesExactlyTheCommittedGraphsAndReloadingIsIdempotent() throws Exception {
        Path nquads = work.resolve("graphs.nq");
        Map<String, Long> expected = SyntheticGraphs.write(nquads, GRAPHS);
        Path store = work.resolve("killed-store");
        Path log = work.resolve("load.log");

        // One commit per document (loads batch documents per transaction by default), so that the kill
        // lands between commits of a file this small.
        Process load = CliProcess.start(work, log, List.of("-Dairace.loadBatchQuads=1"),
                "load", "--verbose", "--store", store.toString(), nquads.toString());
        List<String> logged = awaitCommits(load, log, COMMITS_BEFORE_KILL);
        load.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
        assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> loggedBeforeKill = committedSourceGraphs(log, expected);
        assertThat(loggedBeforeKill).as("the load must still be running when killed; log:\n%s", String.join("\n", logged))
                .hasSizeLessThan(GRAPHS);

        Inspection afterKill = inspect(store);
        Set<String> present = new LinkedHashSet<>(afterKill.graphs().keySet());
        present.retainAll(expected.keySet());
        assertThat(present).as("graphs logged as committed are in the store").containsAll(loggedBeforeKill);
        assertThat(present.size()).as("at most one graph committed after the last log line")
                .isLessThanOrEqualTo(loggedBeforeKill.size() + 1);
        for (String g : present)
            assertThat(afterKill.graphs().get(g)).as("quads of %s", g).isEqualTo(expected.get(g));
        // Graphs are committed in file order: what is there is a prefix of the file, nothing else.
        assertThat(new ArrayList<>(present)).isEqualTo(new ArrayList<>(expected.keySet()).subList(0, present.size()));
        assertThat(afterKill.sparqlCount()).as("a SPARQL count over the recovered store")
                .isEqualTo(afterKill.graphs().values().stream().mapToLong(Long::longValue).sum());
        System.out.printf("kill test: %d graphs logged as committed before SIGKILL, %d in the recovered store, all complete%n",
                loggedBeforeKill.size(), present.size());

        CliProcess.Result rerun = CliProcess.run(work, 600, "load", "--store", store.toString(), nquads.toString());
        assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        Inspection recovered = inspect(store);

        Path cleanStore = work.resolve("clean-store");
        CliProcess.Result clean = CliProcess.run(work, 600, "load", "--store", cleanStore.toString(), nquads.toString());
        assertThat(clean.exitCode()).as(clean.stderr()).isZero();
        Inspection once = inspect(cleanStore);
        assertThat(once.graphs().keySet()).containsAll(expected.keySet());
        assertThat(recovered.graphs()).as("killed-then-reloaded store equals a clean load").isEqualTo(once.graphs());

        CliProcess.Result again = CliProcess.run(work, 600, "load", "--store", cleanStore.toString(), nquads.toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        Inspection twice = inspect(cleanStore);
        assertThat(twice.graphs()).as("loading the same file twice changes nothing").isEqualTo(once.graphs());
        assertThat(twice.sparqlCount()).isEqualTo(once.sparqlCount());
        System.out.printf("idempotence: %d graphs, %d quads after one load, after a reload, and after kill + reload%n",
                once.graphs().size(), once.sparqlCount());
    }

    /**
     * Into an empty store the load is one bulk transaction: killed part-way, while it parses or while it
     * builds its secondary indexes on several threads, the store opens again with none of the file's
     * graphs, and the same store then loads a file normally.
     */
    @Test
    void aKilledBulkLoadLeavesNoneOfItsGraphs() throws Exception {
        killBulkLoad("bulk", load -> Thread.sleep(6_000));
    }

    @Test
    void aBulkLoadKilledWhileBuildingItsIndexesLeavesNoneOfItsGraphs() throws Exception {
        killBulkLoad("indexing", load -> {
            awaitLine(load, load.log(), l -> l.startsWith("indexing "), "the indexing line");
            Thread.sleep(500);
        });
    }

    private interface Wait {
        void until(LoadProcess load) throws Exception;
    }

    private record LoadProcess(Process process, Path log) {}

    private void killBulkLoad(String name, Wait wait) throws Exception {
        Path nquads = work.resolve(name + ".nq");
        Map<String, Long> expected = SyntheticGraphs.write(nquads, 4000);   // about a million quads
        Path store = work.resolve(name + "-store");
        Path log = work.resolve(name + ".log");
        Process load = CliProcess.start(work, log, "load", "--verbose", "--store", store.toString(), nquads.toString());
        wait.until(new LoadProcess(load, log));
        assertThat(load.isAlive()).as("the bulk load must still be running when killed; log:\n%s", Files.readString(log)).isTrue();
        load.destroyForcibly();
        assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(committedSourceGraphs(log, expected)).isEmpty();

        Inspection afterKill = inspect(store);
        assertThat(afterKill.graphs().keySet()).doesNotContainAnyElementsOf(expected.keySet());
        assertThat(afterKill.sparqlCount()).isEqualTo(afterKill.graphs().values().stream().mapToLong(Long::longValue).sum());

        Path small = work.resolve(name + "-small.nq");
        Map<String, Long> few = SyntheticGraphs.write(small, 5);
        CliProcess.Result reload = CliProcess.run(work, 600, "load", "--store", store.toString(), small.toString());
        assertThat(reload.exitCode()).as(reload.stderr()).isZero();
        Inspection after = inspect(store);
        few.forEach((g, n) -> assertThat(after.graphs().get(g)).as(g).isEqualTo(n));
    }

    /** Waits until the log shows {@code n} committed graphs; fails if the load ends first. */
    private static List<String> awaitCommits(Process load, Path log, int n) throws Exception {
        return awaitLines(load, log, lines -> lines.stream().filter(l -> l.startsWith("committed ")).count() >= n,
                n + " commits");
    }

    /** Waits until the log has a complete line that {@code line} accepts; fails if the load ends first. */
    private static void awaitLine(LoadProcess load, Path log, Predicate<String> line, String what) throws Exception {
        awaitLines(load.process(), log, lines -> lines.stream().anyMatch(line), what);
    }

    private static List<String> awaitLines(Process load, Path log, Predicate<List<String>> done, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> lines = completeLines(log);
            if (done.test(lines))
                return lines;
            if (!load.isAlive())
                throw new IllegalStateException("load ended before " + what + ":\n" + String.join("\n", lines));
            Thread.sleep(10);
        }
        throw new IllegalStateException("no " + what + " within 5 minutes");
    }

    private static List<String> committedSourceGraphs(Path log, Map<String, Long> expected) throws IOException {
        List<String> graphs = new ArrayList<>();
        for (String line : completeLines(log)) {
            String[] parts = line.split(" ");
            if (parts.length >= 2 && parts[0].equals("committed") && expected.containsKey(parts[1]))
                graphs.add(parts[1]);
        }
        return graphs;
    }

    /** Lines ended by a line break: a line cut by the kill is not evidence of anything. */
    private static List<String> completeLines(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }

    record Inspection(Map<String, Long> graphs, long sparqlCount) {}

    /** Opens the store in a separate JVM (see {@link StoreInspector}) and reads its graphs and counts. */
    private Inspection inspect(Path store) throws Exception {
        Path out = Files.createTempFile(work, "inspect", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreInspector.class.getName(), store.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("store inspection:\n%s", text).isZero();
        Map<String, Long> graphs = new LinkedHashMap<>();
        long sparql = -1;
        for (String line : text.split("\n")) {
            String[] kv = line.split("\t");
            if (kv.length != 2)
                continue;
            if (kv[0].equals("sparql"))
                sparql = Long.parseLong(kv[1].trim());
            else if (kv[0].startsWith("http"))
                graphs.put(kv[0], Long.parseLong(kv[1].trim()));
        }
        assertThat(sparql).as("inspection output:\n%s", text).isGreaterThanOrEqualTo(0);
        return new Inspection(graphs, sparql);
    }
}
