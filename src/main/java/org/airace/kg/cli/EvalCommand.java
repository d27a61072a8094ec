package org.airace.kg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.airace.kg.eval.EvalReport;
import org.airace.kg.eval.GoldSet;
import org.airace.kg.eval.Scorer;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;
import org.airace.kg.resolve.ResolvedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts PATHs and scores the result against gold annotations (one JSON file per document, named after it).",
                "Prints precision, recall and F1 per category; --verbose lists misses and spurious items."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "List misses and spurious items per document.")
    boolean verbose;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the scores as JSON.")
    Path report;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or folders to extract and score.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        GoldSet goldSet = GoldSet.load(gold);
        RunReport run = new RunReport("eval");
        List<ResolvedDocument> docs;
        int n = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
        try (ExtractionJob job = ExtractionJob.create(n, System.err)) {
            docs = job.extract(paths, run);
        }
        for (ResolvedDocument doc : docs) {
            run.ok(doc.annotated().document().fileName(), doc.annotated().document().id(), ExtractionJob.counts(doc, 0));
        }
        System.err.println(run.summary());
        EvalReport scores = new Scorer().score(docs, goldSet);
        scores.print(System.out, verbose);
        if (report != null) {
            Files.writeString(report, scores.toJson(), StandardCharsets.UTF_8);
        }
        return run.anyFailed() ? 1 : 0;
    }
}
