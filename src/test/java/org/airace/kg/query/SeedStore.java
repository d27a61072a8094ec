package org.airace.kg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** Builds, once per test class, a TDB2 store holding the real extraction of the seeds and the examples plus the ontology. */
final class SeedStore {
    private SeedStore() {}

    static Path seeds() {
        return Path.of(System.getProperty("airace.shared", "../shared"), "seeds");
    }

    static Path basedir() {
        return Path.of(System.getProperty("airace.basedir", "."));
    }

    /** File names of the seed articles (used to tell seed sources from example sources). */
    static List<String> seedFileNames() throws Exception {
        try (Stream<Path> files = Files.list(seeds())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    private static TdbStore shared;

    /**
     * One store for all test classes of the JVM (the extraction takes most of the time), in a temporary
     * folder removed when the JVM exits.
     */
    static synchronized TdbStore shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("airace-query-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            shared = build(dir.resolve("tdb2"));
        }
        return shared;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort: a temporary folder left behind is harmless
        }
    }

    static TdbStore build(Path dir) throws Exception {
        RunReport report = new RunReport("test");
        List<ResolvedDocument> docs;
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        try (ExtractionJob job = ExtractionJob.create(2, new PrintStream(new ByteArrayOutputStream()))) {
            docs = job.extract(List.of(seeds(), basedir().resolve("examples").resolve("corpus")), report);
            for (ResolvedDocument doc : docs) {
                for (Quad q : job.quads(doc))
                    graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
            }
        }
        assertThat(report.anyFailed()).as(report.summary()).isFalse();
        TdbStore store = TdbStore.open(dir);
        graphs.forEach(store::replaceGraph);
        store.loadOntology(basedir().resolve("ontology").resolve("airace.ttl"));
        return store;
    }
}
