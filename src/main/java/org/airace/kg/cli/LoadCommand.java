package org.airace.kg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.airace.kg.job.LoadJob;
import org.airace.kg.job.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads into a TDB2 store, replacing each document's named graph and updating the corpus summary;",
                "documents are committed whole (into an empty store in one bulk transaction, else in batches):",
                "an interrupted load leaves no half-written document.",
                "RDF files (.nq, .trig, optionally .gz) are loaded as they are; other paths are extracted first."})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    RunOptions run;

    @Option(names = {"-v", "--verbose"}, description = "Print a line for each graph as soon as its transaction has committed.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "N-Quads/TriG files, or documents and folders to extract.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        RunReport report = new RunReport("load");
        try (LoadJob job = LoadJob.open(store.store(), run.threads(), System.err, verbose)) {
            job.load(paths, report);
            System.err.println(job.describeStore());
        }
        return run.finish(report);
    }
}
