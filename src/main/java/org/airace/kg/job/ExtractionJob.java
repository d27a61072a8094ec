package org.airace.kg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Pipeline;
import org.airace.kg.annotate.StandardPipeline;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.rdf.DocumentGraphMapper;
import org.airace.kg.rdf.ExtractionRun;
import org.airace.kg.rdf.RdfOutput;
import org.airace.kg.resolve.CorpusResolver;
import org.airace.kg.resolve.DocumentMentions;
import org.airace.kg.resolve.EntityAssignment;
import org.airace.kg.resolve.MentionCensus;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.CorpusWalker;
import org.airace.kg.source.Document;
import org.airace.kg.source.DocumentReader;
import org.airace.kg.source.ReadResult;
import org.airace.kg.source.SourceException;
import org.airace.kg.source.WalkResult;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs the pipeline over a corpus in two streaming passes. Pass 1 reads and annotates documents in
 * parallel, in batches annotated stage by stage (a bounded number in flight), adds each one's mention
 * signatures to a census and puts the annotated document aside in a temporary file. Entities are then
 * resolved over the census. Pass 2 reads the documents back, a bounded number in flight on the pool
 * and handed on in file order, ties their mentions to entities and maps each to its named graph (for
 * N-Quads output, also formatting it there). A document that fails is reported with its file and reason; the others go on.
 */
public final class ExtractionJob implements AutoCloseable {

    private final Lexicon lexicon;
    private final Pipeline pipeline;
    private final DocumentReader reader = new DocumentReader();
    private final CorpusWalker walker = new CorpusWalker();
    private final DocumentGraphMapper mapper;
    private final ExecutorService pool;
    private final PrintStream err;

    private final AnnotatedDocumentCodec codec = new AnnotatedDocumentCodec();
    private final int threads;
    /** Tasks (batches of documents in pass 1, documents in pass 2) in flight at once: enough to keep every thread busy, few enough to bound memory. */
    private final int windowSize;

    private ExtractionJob(Lexicon lexicon, int threads, PrintStream err) {
        this.threads = Math.max(1, threads);
        this.windowSize = 2 * Math.max(1, threads);
        this.lexicon = lexicon;
        this.pipeline = StandardPipeline.create(lexicon);
        this.mapper = mapperFor(lexicon);
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

    /**
     * The mapper every extraction of this build uses with {@code lexicon}: the run it records (tool
     * version, lexicon digest) is the same wherever the job runs (CLI or Spark executors).
     */
    public static DocumentGraphMapper mapperFor(Lexicon lexicon) {
        return new DocumentGraphMapper(new ExtractionRun(BuildInfo.version(), ConfigDigest.of(lexicon)));
    }

    public DocumentGraphMapper mapper() {
        return mapper;
    }

    /**
     * Reads, annotates and resolves every document under {@code inputs}, all in memory; failures go to
     * {@code report}. For large corpora use {@link #forEach}, which keeps one document at a time.
     */
    public List<ResolvedDocument> extract(List<Path> inputs, RunReport report) throws InterruptedException {
        List<ResolvedDocument> out = new ArrayList<>();
        try {
            stream(inputs, report, tempFolder(), false, null, d -> out.add(d.resolved()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Extracts every document under {@code inputs} and hands each to {@code sink}, one at a time, in the
     * order the files were listed. Memory does not grow with the corpus except for the census of
     * distinct mention signatures: annotated documents are put aside in a temporary file under
     * {@code spillFolder} between the two passes (deleted at the end, also on failure).
     */
    public void forEach(List<Path> inputs, RunReport report, Path spillFolder, DocumentSink sink)
            throws IOException, InterruptedException {
        stream(inputs, report, spillFolder, true, null, sink);
    }

    /**
     * Pass 1 annotates and puts documents aside, resolution runs on the census, pass 2 maps them (and,
     * given an {@code output} that formats line by line, formats them too, on the pool's threads).
     */
    private void stream(List<Path> inputs, RunReport report, Path spillFolder, boolean withQuads,
            RdfOutput output, DocumentSink sink) throws IOException, InterruptedException {
        WalkResult walk = walker.walk(inputs);
        for (SourceException e : walk.errors()) {
            report.failed(String.valueOf(e.path()), e.reason());
        }
        try (SpillFile spill = new SpillFile(spillFolder)) {
            MentionCensus census = new MentionCensus();
            List<Kept> kept = annotateAll(walk.documents(), spill, census, report);
            CorpusResolver resolver = new CorpusResolver(lexicon);
            EntityAssignment assignment = resolver.resolve(census);
            sink.begin(kept.size());
            InOrderWindow<ExtractedDocument> window = new InOrderWindow<>(pool, windowSize);
            for (Kept k : kept) {
                window.submit(() -> {
                    ResolvedDocument doc = resolver.apply(codec.decode(spill.read(k.place())), assignment);
                    List<Quad> quads = withQuads ? mapper.quads(doc) : List.of();
                    return new ExtractedDocument(doc, quads, output == null ? null : output.format(quads));
                }, sink);
            }
            window.drain(sink);
        }
    }

    /** What pass 1 keeps of a document: where it was put aside. */
    private record Kept(Path file, SpillFile.Place place) {}

    /** What pass 1 learns of a file before letting it go: its document's id, mentions and place, or why it failed. */
    private record Annotated(Path file, String id, DocumentMentions mentions, SpillFile.Place place, Throwable failure) {
        static Annotated failed(Path file, Throwable failure) {
            return new Annotated(file, null, null, null, failure);
        }
    }

    private List<Kept> annotateAll(List<Path> files, SpillFile spill, MentionCensus census, RunReport report)
            throws InterruptedException {
        List<Kept> kept = new ArrayList<>();
        Map<String, Path> firstFileOfId = new HashMap<>();
        Consumer<Annotated> inWalkOrder = a -> {
            if (a.failure() != null) {
                report.failed(a.file().toString(), reasonOf(a.failure()));
                return;
            }
            Path first = firstFileOfId.putIfAbsent(a.id(), a.file());
            if (first != null) {
                // Same text, same IRI: one graph serves both names.
                report.skipped(a.file().toString(), a.id(), "same text as " + first);
                return;
            }
            census.add(a.mentions());
            kept.add(new Kept(a.file(), a.place()));
        };
        try (Progress progress = Progress.start("extract", files.size(), err)) {
            InOrderWindow<List<Annotated>> window = new InOrderWindow<>(pool, windowSize);
            Consumer<List<Annotated>> eachFile = batch -> batch.forEach(inWalkOrder);
            for (List<Path> batch : Batches.ofFiles(files, threads)) {
                window.submit(() -> annotateBatch(batch, spill, progress), eachFile);
            }
            window.drain(eachFile);
        }
        return kept;
    }

    /**
     * Reads, annotates (stage by stage) and puts aside a batch of files, one outcome per file in order.
     * Never throws: each file fails alone with its own reason, and what no single file caused (the spill
     * file, memory) fails the files of the batch not yet done.
     */
    private List<Annotated> annotateBatch(List<Path> files, SpillFile spill, Progress progress) {
        Annotated[] out = new Annotated[files.size()];
        try {
            List<Document> documents = new ArrayList<>(files.size());
            List<Integer> positions = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                try {
                    documents.add(read(files.get(i)));
                    positions.add(i);
                } catch (RuntimeException e) {
                    out[i] = Annotated.failed(files.get(i), e);
                }
            }
            List<Pipeline.Outcome> outcomes = pipeline.annotateAll(documents);
            for (int k = 0; k < outcomes.size(); k++) {
                int i = positions.get(k);
                out[i] = putAside(files.get(i), outcomes.get(k), spill);
            }
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) out[i] = Annotated.failed(files.get(i), e);
            }
        } finally {
            for (Path file : files) progress.step(file.getFileName().toString());
        }
        return List.of(out);
    }

    private Annotated putAside(Path file, Pipeline.Outcome outcome, SpillFile spill) {
        if (outcome.failure() != null) return Annotated.failed(file, outcome.failure());
        try {
            AnnotatedDocument doc = outcome.annotated();
            return new Annotated(file, doc.document().id(), DocumentMentions.of(doc), spill.append(codec.encode(doc)), null);
        } catch (RuntimeException e) {
            return Annotated.failed(file, e);
        }
    }

    private static Path tempFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private Document read(Path file) {
        ReadResult read = reader.readWithWarnings(file);
        for (String w : read.warnings()) {
            err.println("warning: " + file + ": " + w);
        }
        return read.document();
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
        if (out == null) {
            try (RdfOutput rdf = RdfOutput.to(System.out, RdfOutput.Syntax.NQUADS)) {
                stream(inputs, report, tempFolder(), true, rdf, d -> write(d, rdf, report));
            }
            return;
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (RdfOutput rdf = RdfOutput.open(partial, target.getFileName().toString())) {
            stream(inputs, report, target.getParent(), true, rdf, d -> write(d, rdf, report));
        } catch (IOException | RuntimeException | InterruptedException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(ExtractedDocument d, RdfOutput rdf, RunReport report) {
        if (d.text() != null)
            rdf.writeFormatted(d.text());
        else
            d.quads().forEach(rdf.stream()::quad);
        ResolvedDocument doc = d.resolved();
        report.ok(doc.annotated().document().fileName(), doc.annotated().document().id(), counts(doc, d.quads().size()));
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
