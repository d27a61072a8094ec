package org.airace.kg.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;

/**
 * Child-JVM entry of the memory benchmark: extracts a corpus folder to N-Quads (thrown away, as
 * {@code airace extract} writing to a pipe) and answers the run time and the memory peaks.
 * Usage: {@code MemoryChild CORPUS_DIR THREADS}.
 */
public final class MemoryChild {
    private MemoryChild() {}

    public static void main(String[] args) throws Exception {
        PeakMemory.startLiveSampler();
        Path corpus = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        PrintStream answer = System.out;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(discard);
        RunReport report = new RunReport("bench");
        long t0 = System.nanoTime();
        try (ExtractionJob job = ExtractionJob.create(threads, discard)) {
            job.extractTo(List.of(corpus), null, report);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.setOut(answer);
        System.out.println("documents=" + report.count("ok"));
        System.out.println("failed=" + report.count("failed"));
        System.out.println("millis=" + millis);
        PeakMemory.print();
        System.exit(0);
    }
}
