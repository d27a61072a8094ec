package org.airace.kg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.airace.kg.job.LoadJob;
import org.airace.kg.job.RunReport;
import org.airace.kg.job.ServeJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Extracts the bundled example corpus, loads it into the store and serves the Fuseki console.")
final class UpCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Mixin
    RunOptions run;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to build (default: examples/corpus in the project folder).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Path input = corpus != null ? corpus : Path.of(System.getProperty("airace.home", "."), "examples", "corpus");
        RunReport report = new RunReport("up");
        try (LoadJob job = LoadJob.open(store.store(), run.threads(), System.err)) {
            job.load(List.of(input), report);
            System.err.println(job.describeStore());
        }
        int code = run.finish(report);
        if (code != 0) {
            System.err.println("airace up: some documents failed; serving what was loaded");
        }
        ServeJob.serveUntilStopped(store.store(), server.host, server.port, server.passwordFile, server.config, System.err);
        return code;
    }
}
