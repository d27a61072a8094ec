package org.airace.kg.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Pipeline;
import org.airace.kg.annotate.StandardPipeline;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.source.CorpusWalker;
import org.airace.kg.source.DocumentReader;

/** The seed articles (read at test time from the shared folder) and the example corpus, annotated. */
final class SeedCorpus {

    private SeedCorpus() {}

    /** The seeds folder and the examples folder; skips the test when the shared material is absent. */
    static List<Path> folders() {
        Path seeds = Path.of(System.getProperty("airace.shared", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "shared seeds not present");
        return List.of(seeds, Path.of(System.getProperty("airace.basedir", "."), "examples", "corpus"));
    }

    /** Every document of {@link #folders()}, annotated, in the order the CLI lists them. */
    static List<AnnotatedDocument> annotated(Lexicon lexicon) {
        Pipeline pipeline = StandardPipeline.create(lexicon);
        DocumentReader reader = new DocumentReader();
        List<AnnotatedDocument> out = new ArrayList<>();
        for (Path file : new CorpusWalker().walk(folders()).documents()) {
            out.add(pipeline.annotate(reader.readWithWarnings(file).document()));
        }
        return out;
    }
}
