package org.airace.kg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.airace.kg.annotate.Pipeline;
import org.airace.kg.annotate.StandardPipeline;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.job.Batches;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;
import org.airace.kg.source.Document;
import org.airace.kg.source.DocumentReader;
import org.airace.kg.text.TextView;

/**
 * Extraction throughput in characters per second against HanLP's segmenter with every recogniser on,
 * in the same JVM over the same texts. Two measurements:
 * <ul>
 *   <li>annotation of already-decoded texts ({@link Pipeline#annotateAll}: normalisation, sentences,
 *       entities, quantities, dates, quotes, claims), one thread and all threads, in the batches
 *       the extraction job cuts, spread over a pool because they are independent;</li>
 *   <li>the whole CLI path ({@link ExtractionJob#extractTo}: read files, annotate, resolve, write N-Quads).</li>
 * </ul>
 * The baseline segments the Simplified view of each text (HanLP's recognisers work on Simplified;
 * the view is prepared beforehand, so the baseline does not pay for it while the pipeline does).
 * Each configuration runs {@code rounds} times, interleaved so that load from other processes hits
 * them alike; the best round counts. Dictionary loading is measured separately, before any warm-up.
 */
final class ExtractionBench {
    /**
     * Untimed passes over the whole corpus before the timed rounds. The pipeline's code is large and
     * reaches its compiled steady state only after a few megabytes (measured alone on a 2 MB corpus:
     * 203, 339, 618, 766, 805 k chars/s in its first five passes); a warm-up on a tenth of the
     * corpus, as before, timed it while still compiling.
     */
    private static final int WARM_PASSES = 4;
    private final BenchCorpus corpus;
    private final int threads;
    private final int rounds;
    private final BenchReport report;

    ExtractionBench(BenchCorpus corpus, int threads, int rounds, BenchReport report) {
        this.corpus = corpus;
        this.threads = threads;
        this.rounds = rounds;
        this.report = report;
    }

    void run(boolean scaling, boolean cliPath, Path work) throws Exception {
        DocumentReader reader = new DocumentReader();
        List<Document> docs = new ArrayList<>();
        Map<Path, Document> read = new HashMap<>();
        for (Path f : corpus.files()) {
            Document d = reader.read(f);
            docs.add(d);
            read.put(f, d);
        }
        // Batches as the extraction job cuts them, one pool task each.
        List<List<Document>> batches1 = batchesOf(corpus.files(), 1, read);
        List<List<Document>> batchesN = batchesOf(corpus.files(), threads, read);

        long t0 = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create(Lexicon.loadDefault());
        long t1 = System.nanoTime();
        pipeline.annotate(docs.get(0));
        long t2 = System.nanoTime();
        report.add(Figure.of("start-up: lexicon and annotators", seconds(t1 - t0)));
        report.add(Figure.of("start-up: first document (HanLP dictionaries load lazily)", seconds(t2 - t1)));

        List<String> simplified = new ArrayList<>();
        for (Document d : docs)
            simplified.add(new TextView(d.text()).normalized());
        Segment hanlpAll = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableNumberQuantifierRecognize(true);

        // Warm-up: the JIT and every dictionary, whole passes over the corpus for both sides,
        // interleaved as the timed rounds are.
        for (int pass = 0; pass < WARM_PASSES; pass++) {
            simplified.forEach(hanlpAll::seg);
            batches1.forEach(pipeline::annotateAll);
        }

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double hanlp = 0, ours1 = 0, oursN = 0;
            // Also each round's own ratios: the two sides of one round run within seconds of each other,
            // so their ratio is steadier than best against best when the machine's speed drifts.
            Samples roundRatios1 = new Samples();
            Samples roundRatiosN = new Samples();
            for (int r = 0; r < rounds; r++) {
                double h = rate(() -> simplified.forEach(hanlpAll::seg));
                double o1 = rate(() -> batches1.forEach(pipeline::annotateAll));
                hanlp = Math.max(hanlp, h);
                ours1 = Math.max(ours1, o1);
                roundRatios1.add(o1 / h);
                if (scaling && threads > 1) {
                    double oN = rate(() -> inPool(pool, batchesN, pipeline::annotateAll));
                    oursN = Math.max(oursN, oN);
                    roundRatiosN.add(oN / h);
                }
            }
            report.add(new Figure("extraction, decoded texts, 1 thread", perSecond(ours1),
                    "HanLP all recognisers, 1 thread: " + perSecond(hanlp), ours1 / hanlp, "ratio >= 1.0", ours1 / hanlp >= 1.0));
            report.add(new Figure("the same, median of the " + rounds + " rounds' own ratios", String.format("%.2fx", roundRatios1.median()),
                    "each round: pipeline / HanLP timed back to back", roundRatios1.median(), "", null));
            if (scaling && threads > 1) {
                report.add(new Figure("extraction, decoded texts, " + threads + " threads", perSecond(oursN),
                        "HanLP all recognisers, 1 thread: " + perSecond(hanlp), oursN / hanlp, "ratio >= 1.7", oursN / hanlp >= 1.7));
                report.add(new Figure("the same, median of the " + rounds + " rounds' own ratios", String.format("%.2fx", roundRatiosN.median()),
                        "each round: pipeline on " + threads + " threads / HanLP on 1", roundRatiosN.median(), "", null));
                report.add(new Figure("scaling, " + threads + " threads vs 1", perSecond(oursN),
                        "1 thread: " + perSecond(ours1), oursN / ours1, "", null));
            }
        } finally {
            pool.shutdownNow();
        }
        if (cliPath) {
            double cli1 = cliRate(1, work);
            double cliN = threads > 1 ? cliRate(threads, work) : cli1;
            report.add(new Figure("extraction, CLI path (read, annotate, resolve, write N-Quads), " + threads + " threads",
                    perSecond(cliN), "same, 1 thread: " + perSecond(cli1), cliN / cli1, "", null));
        }
    }

    private static List<List<Document>> batchesOf(List<Path> files, int threads, Map<Path, Document> read) {
        return Batches.ofFiles(files, threads).stream().map(b -> b.stream().map(read::get).toList()).toList();
    }

    private double cliRate(int n, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("cli-extract.nq");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        long t0 = System.nanoTime();
        try (ExtractionJob job = ExtractionJob.create(n, quiet)) {
            job.extractTo(List.of(corpus.dir()), out, new RunReport("bench"));
        }
        long elapsed = System.nanoTime() - t0;
        Files.deleteIfExists(out);
        return corpus.chars() / (elapsed / 1e9);
    }

    private static <T> void inPool(ExecutorService pool, List<T> items, Consumer<T> work) {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items)
            futures.add(pool.submit(() -> work.accept(item)));
        try {
            for (Future<?> f : futures)
                f.get();
        } catch (Exception e) {
            throw new IllegalStateException("benchmark task failed", e);
        }
    }

    /** Characters per second of one pass of {@code pass} over the corpus. */
    private double rate(Runnable pass) {
        long t0 = System.nanoTime();
        pass.run();
        return corpus.chars() / ((System.nanoTime() - t0) / 1e9);
    }

    static String perSecond(double charsPerSecond) {
        return charsPerSecond >= 1e6 ? String.format("%.2f M chars/s", charsPerSecond / 1e6)
                : String.format("%.1f k chars/s", charsPerSecond / 1e3);
    }

    static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }
}
