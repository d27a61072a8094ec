package org.airace.kg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.airace.kg.job.RunReport;
import picocli.CommandLine.Option;

/** Options every long-running command shares: worker threads and the JSON report. */
final class RunOptions {

    @Option(names = "--report", paramLabel = "FILE", description = "Write per-document counts and errors as JSON.")
    Path report;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    int threads() {
        return threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Prints the summary, writes the report, and turns the outcome into the exit code. */
    int finish(RunReport result) throws IOException {
        System.err.println(result.summary());
        if (report != null) {
            result.write(report);
            System.err.println("report written to " + report);
        }
        return result.anyFailed() ? 1 : 0;
    }
}
