package org.airace.kg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Pipeline;
import org.airace.kg.annotate.StandardPipeline;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.rdf.DocumentGraphMapper;
import org.airace.kg.rdf.ExtractionRun;
import org.airace.kg.rdf.RdfOutput;
import org.airace.kg.resolve.CorpusResolver;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.CorpusWalker;
import org.airace.kg.source.Document;
import org.airace.kg.source.DocumentReader;
import org.airace.kg.source.ReadResult;
import org.airace.kg.source.SourceException;
import org.airace.kg.source.WalkResult;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs the pipeline over a corpus: finds the documents, reads and annotates them in parallel
 * (documents are independent), resolves entities across the whole corpus, and maps each document
 * to its named graph. A document that fails is reported with its file and reason; the others go on.
 */
public final class ExtractionJob implements AutoCloseable {

    private final Lexicon lexicon;
    private final Pipeline pipeline;
    private final DocumentReader reader = new DocumentReader();
    private final CorpusWalker walker = new CorpusWalker();
    private final DocumentGraphMapper mapper;
    private final ExecutorService pool;
    private final PrintStream err;

    private ExtractionJob(Lexicon lexicon, int threads, PrintStream err) {
        this.lexicon = lexicon;
        this.pipeline = StandardPipeline.create(lexicon);
        this.mapper = new DocumentGraphMapper(new ExtractionRun(BuildInfo.version(), ConfigDigest.of(lexicon)));
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "airace-extract");
            t.setDaemon(true);
            return t;
        });
        this.err = err;
    }

    public static ExtractionJob create(int threads, PrintStream err) {
        return new ExtractionJob(Lexicon.loadDefault(), threads, err);
    }

    public DocumentGraphMapper mapper() {
        return mapper;
    }

    /** Reads, annotates and resolves every document under {@code inputs}; failures go to {@code report}. */
    public List<ResolvedDocument> extract(List<Path> inputs, RunReport report) throws InterruptedException {
        WalkResult walk = walker.walk(inputs);
        for (SourceException e : walk.errors()) {
            report.failed(String.valueOf(e.path()), e.reason());
        }
        List<Future<AnnotatedDocument>> futures = new ArrayList<>();
        try (Progress progress = Progress.start("extract", walk.documents().size(), err)) {
            for (Path file : walk.documents()) {
                futures.add(pool.submit(() -> {
                    try {
                        return annotate(file);
                    } finally {
                        progress.step(file.getFileName().toString());
                    }
                }));
            }
            List<AnnotatedDocument> annotated = new ArrayList<>();
            Map<String, Path> firstFileOfId = new HashMap<>();
            for (int i = 0; i < futures.size(); i++) {
                Path file = walk.documents().get(i);
                try {
                    AnnotatedDocument doc = futures.get(i).get();
                    Path first = firstFileOfId.putIfAbsent(doc.document().id(), file);
                    if (first != null) {
                        // Same text, same IRI: one graph serves both names.
                        report.skipped(file.toString(), doc.document().id(), "same text as " + first);
                        continue;
                    }
                    annotated.add(doc);
                } catch (ExecutionException e) {
                    report.failed(file.toString(), reasonOf(e.getCause()));
                }
            }
            return new CorpusResolver(lexicon).resolve(annotated);
        }
    }

    private AnnotatedDocument annotate(Path file) {
        ReadResult read = reader.readWithWarnings(file);
        for (String w : read.warnings()) {
            err.println("warning: " + file + ": " + w);
        }
        return pipeline.annotate(read.document());
    }

    /** The quads of one document's named graph, in a fixed order. */
    public List<Quad> quads(ResolvedDocument doc) {
        return mapper.quads(doc);
    }

    /**
     * Extracts and writes all graphs to {@code out} (standard output when null). The file is written
     * beside its target and moved into place at the end, so a failed run leaves no half-written file.
     */
    public void extractTo(List<Path> inputs, Path out, RunReport report) throws IOException, InterruptedException {
        List<ResolvedDocument> docs = extract(inputs, report);
        if (out == null) {
            try (RdfOutput rdf = RdfOutput.to(System.out, RdfOutput.Syntax.NQUADS)) {
                write(docs, rdf, report);
            }
            return;
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (RdfOutput rdf = RdfOutput.open(partial, target.getFileName().toString())) {
            write(docs, rdf, report);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void write(List<ResolvedDocument> docs, RdfOutput rdf, RunReport report) {
        for (ResolvedDocument doc : docs) {
            List<Quad> quads = mapper.quads(doc);
            quads.forEach(rdf.stream()::quad);
            report.ok(doc.annotated().document().fileName(), doc.annotated().document().id(), counts(doc, quads.size()));
        }
    }

    /** Per-document counts for the run report. */
    public static Map<String, Long> counts(ResolvedDocument doc, long quads) {
        AnnotatedDocument a = doc.annotated();
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("mentions", (long) a.mentions().size());
        c.put("entities", doc.entities().values().stream().distinct().count());
        c.put("quantities", (long) a.quantities().size());
        c.put("dates", (long) a.times().size());
        c.put("quotes", (long) a.quotes().size());
        c.put("claims", (long) a.claims().size());
        c.put("quads", quads);
        return c;
    }

    static String reasonOf(Throwable t) {
        if (t instanceof SourceException se) {
            return se.reason();
        }
        String m = t.getMessage();
        return (m == null ? t.getClass().getSimpleName() : m);
    }

    /** The document a failure concerns, for messages. */
    static String describe(Document d) {
        return d.fileName() + " (" + d.id() + ")";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
