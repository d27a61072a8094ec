package org.airace.kg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities, quantities, dates, quotes and claims from documents and writes one named graph per document.",
                "Output format by extension: .nq (N-Quads, default), .trig, .nt or .ttl (graph names dropped); .gz compresses."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: N-Quads on standard output).")
    Path out;

    @Mixin
    RunOptions run;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively for .txt, .md, .text).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        RunReport report = new RunReport("extract");
        try (ExtractionJob job = ExtractionJob.create(run.threads(), System.err)) {
            job.extractTo(paths, out, report);
        }
        return run.finish(report);
    }
}
