package org.airace.kg.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.rdf.DocumentGraphMapper;
import org.airace.kg.rdf.ExtractionRun;
import org.airace.kg.rdf.RdfOutput;
import org.airace.kg.resolve.NodeLevelResolver;
import org.airace.kg.resolve.ResolvedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming extraction (two passes over documents put aside on disk) writes exactly the bytes the
 * all-in-memory extraction with the mention-level resolver wrote, and leaves no temporary file behind.
 */
class StreamingExtractionTest {

    static Lexicon lexicon;
    static ExtractionJob job;

    @BeforeAll
    static void setUp() {
        lexicon = Lexicon.loadDefault();
        job = ExtractionJob.create(2, new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterAll
    static void tearDown() {
        if (job != null) job.close();
    }

    @Test
    void streamedOutputIsByteIdenticalToTheInMemoryMentionLevelExtraction(@TempDir Path dir) throws Exception {
        List<Path> folders = SeedCorpus.folders();
        Path streamed = dir.resolve("streamed.nq");
        RunReport report = new RunReport("test");
        job.extractTo(folders, streamed, report);
        assertThat(report.anyFailed()).as(report.summary()).isFalse();

        List<AnnotatedDocument> annotated = SeedCorpus.annotated(lexicon);
        List<ResolvedDocument> resolved = new NodeLevelResolver(lexicon).resolve(annotated);
        DocumentGraphMapper mapper = new DocumentGraphMapper(new ExtractionRun(BuildInfo.version(), ConfigDigest.of(lexicon)));
        Path inMemory = dir.resolve("in-memory.nq");
        try (RdfOutput rdf = RdfOutput.open(inMemory, "in-memory.nq")) {
            for (ResolvedDocument d : resolved) mapper.quads(d).forEach(rdf.stream()::quad);
        }
        assertThat(annotated).hasSizeGreaterThanOrEqualTo(12);
        assertThat(Files.size(streamed)).isGreaterThan(100_000);
        assertThat(Files.mismatch(streamed, inMemory)).as("first differing byte").isEqualTo(-1L);
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void documentsComeOutInFileOrderAndTheSpillFileIsDeleted(@TempDir Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        int[] announced = {-1};
        job.forEach(SeedCorpus.folders(), new RunReport("test"), dir, new DocumentSink() {
            @Override
            public void begin(int documents) {
                announced[0] = documents;
            }

            @Override
            public void accept(ExtractedDocument d) {
                assertThat(d.quads()).isNotEmpty();
                names.add(d.resolved().annotated().document().path().toString());
            }
        });
        List<String> walked = new org.airace.kg.source.CorpusWalker().walk(SeedCorpus.folders()).documents()
                .stream().map(Path::toString).toList();
        assertThat(names).containsExactlyElementsOf(walked);
        assertThat(announced[0]).isEqualTo(walked.size());
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void aFailingSinkStopsTheRunAndStillDeletesTheSpillFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> job.forEach(SeedCorpus.folders(), new RunReport("test"), dir, d -> {
            throw new IllegalStateException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void aDuplicateTextIsSkippedOnceAndNotCountedTwice(@TempDir Path dir) throws Exception {
        Path seeds = SeedCorpus.folders().get(0);
        Path first;
        try (Stream<Path> files = Files.list(seeds)) {
            first = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(first, corpus.resolve("a.txt"));
        Files.copy(first, corpus.resolve("b.txt"));
        RunReport report = new RunReport("test");
        Set<String> ids = new HashSet<>();
        job.forEach(List.of(corpus), report, dir, d -> ids.add(d.resolved().annotated().document().id()));
        assertThat(ids).hasSize(1);
        assertThat(report.count("skipped")).isEqualTo(1);
        assertThat(report.count("ok")).isZero(); // forEach leaves reporting success to the sink
    }

    private static List<Path> leftovers(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".airace-spill")).toList();
        }
    }
}
