package org.airace.kg.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.airace.kg.rdf.DocumentGraphMapper;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.store.GraphLoad;
import org.airace.kg.store.LoadListener;
import org.airace.kg.store.LoadReport;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;

/**
 * Loads into a TDB2 store: extracted RDF files as they are, documents after extraction. Each
 * document's graph is replaced in its own transaction, so a failure leaves every other graph, and
 * the previous version of the failing one, as it was. The ontology is (re)loaded into its own graph,
 * after the data.
 */
public final class LoadJob implements AutoCloseable {

    private static final List<String> RDF_SUFFIXES = List.of(".nq", ".nq.gz", ".trig", ".trig.gz", ".nquads", ".nquads.gz");

    private final TdbStore store;
    private final int threads;
    private final PrintStream err;
    private final boolean logCommits;

    private LoadJob(TdbStore store, int threads, PrintStream err, boolean logCommits) {
        this.store = store;
        this.threads = threads;
        this.err = err;
        this.logCommits = logCommits;
    }

    public static LoadJob open(Path storeDir, int threads, PrintStream err) {
        return open(storeDir, threads, err, false);
    }

    /**
     * With {@code logCommits}, one line per graph is printed and flushed right after its transaction
     * committed: whoever reads the log knows that every graph named there is in the store, even if
     * the process is killed on the next instruction.
     */
    public static LoadJob open(Path storeDir, int threads, PrintStream err, boolean logCommits) {
        return new LoadJob(TdbStore.open(storeDir), threads, err, logCommits);
    }

    private void committed(String graph, long quads) {
        if (logCommits) {
            err.println("committed " + graph + " " + quads + " quads");
            err.flush();
        }
    }

    /**
     * Loads RDF files as they are and extracts the other paths, then (re)loads the ontology. The ontology
     * comes last so that a first load into a new store finds its quad table empty: the bulk loader then
     * builds the secondary indexes in a pass of their own instead of inserting into all six.
     */
    public void load(List<Path> paths, RunReport report) throws IOException, InterruptedException {
        try {
            List<Path> documents = new ArrayList<>();
            for (Path p : paths) {
                if (isRdfFile(p)) {
                    loadRdf(p, report);
                } else {
                    documents.add(p);
                }
            }
            if (!documents.isEmpty()) {
                extractAndLoad(documents, report);
            }
        } finally {
            // Even when the data stops half-way: what was loaded gets its ontology (class and topic labels).
            loadOntology();
        }
    }

    private void loadOntology() throws IOException {
        try (InputStream in = LoadJob.class.getResourceAsStream("/ontology/airace.ttl")) {
            if (in != null) {
                store.loadOntology(in, Lang.TURTLE);
            } else {
                store.loadOntology(Path.of("ontology", "airace.ttl"));
            }
        }
    }

    private void loadRdf(Path file, RunReport report) {
        LoadReport r = store.loadFile(file, new LoadListener() {
            @Override
            public void committed(GraphLoad g) {
                LoadJob.this.committed(g.graph(), g.quads());
            }

            @Override
            public void indexing(long quads, int indexes, int threads) {
                if (logCommits) {
                    err.println("indexing " + quads + " quads: building " + indexes + " secondary indexes on " + threads + " threads");
                    err.flush();
                }
            }
        });
        if (r.error() != null) {
            report.failed(file.toString(), r.error());
        }
        for (GraphLoad g : r.graphs()) {
            if (g.ok()) {
                report.ok(file + " " + g.graph(), null, Map.of("quads", g.quads()));
            } else {
                report.failed(file + " " + g.graph(), g.error());
            }
        }
    }

    /** Extracts and loads one document at a time (a streaming extraction: memory stays bounded). */
    private void extractAndLoad(List<Path> documents, RunReport report) throws IOException, InterruptedException {
        try (ExtractionJob job = ExtractionJob.create(threads, err)) {
            Progress[] progress = {null};
            try {
                job.forEach(documents, report, Path.of(System.getProperty("java.io.tmpdir")), new DocumentSink() {
                    @Override
                    public void begin(int count) {
                        progress[0] = Progress.start("load", count, err);
                    }

                    @Override
                    public void accept(ExtractedDocument d) {
                        ResolvedDocument doc = d.resolved();
                        String file = doc.annotated().document().fileName();
                        try {
                            Node graph = DocumentGraphMapper.graphName(doc.annotated().document());
                            store.replaceGraph(graph, d.quads());
                            committed(graph.getURI(), d.quads().size());
                            report.ok(file, doc.annotated().document().id(), ExtractionJob.counts(doc, d.quads().size()));
                        } catch (RuntimeException e) {
                            report.failed(file, ExtractionJob.reasonOf(e));
                        } finally {
                            progress[0].step(file);
                        }
                    }
                });
            } finally {
                if (progress[0] != null) progress[0].close();
            }
        }
    }

    static boolean isRdfFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && RDF_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** One line about the store's contents. */
    public String describeStore() {
        return "store " + store.location() + ": " + store.sourceGraphs().size() + " source graphs, "
                + store.quadCount() + " quads";
    }

    @Override
    public void close() {
        store.close();
    }
}
