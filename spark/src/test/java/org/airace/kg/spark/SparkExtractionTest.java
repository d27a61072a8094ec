package org.airace.kg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (local[2]) on the seed articles and the example corpus gives the same
 * quads as {@code airace extract} on the same files, entity IRIs included, and its shards load with
 * Jena's parser as N-Quads.
 */
class SparkExtractionTest {

    static JavaSparkContext sc;

    @BeforeAll
    static void startSpark() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("airace-kg test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.sql.shuffle.partitions", "2");
        sc = new JavaSparkContext(conf);
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) sc.close();
    }

    @Test
    void sameQuadsAsTheCliOnTheSeedsAndExamples(@TempDir Path dir) throws Exception {
        Path seeds = Path.of(System.getProperty("airace.shared", "../../shared"), "seeds").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(seeds), "shared seeds not present");
        Path examples = Path.of(System.getProperty("airace.basedir", ".."), "examples", "corpus").toAbsolutePath().normalize();
        // A second copy of one seed under another name: both sides must skip the same one.
        Path extra = Files.createDirectories(dir.resolve("extra"));
        try (Stream<Path> s = Files.list(seeds)) {
            Path one = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            Files.copy(one, extra.resolve("0-copy-" + one.getFileName()));
        }
        List<Path> inputs = List.of(seeds, examples, extra);

        Path out = dir.resolve("spark-out");
        SparkExtraction.Summary summary = new SparkExtraction(sc, 4)
                .run(inputs.stream().map(Path::toString).toList(), out.toString());
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.shards()).isNotEmpty().allMatch(s -> s.endsWith(".nq.gz"));

        Path cliOut = dir.resolve("cli.nq");
        RunReport report = new RunReport("extract");
        try (ExtractionJob job = ExtractionJob.create(2, new PrintStream(new ByteArrayOutputStream()))) {
            job.extractTo(inputs, cliOut, report);
        }
        assertThat(report.anyFailed()).isFalse();
        assertThat(summary.documents()).isEqualTo(report.count("ok"));

        Set<Quad> cli = quads(List.of(cliOut));
        Set<Quad> spark;
        try (Stream<Path> shards = Files.list(out)) {
            spark = quads(shards.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).toList());
        }
        assertThat(cli).hasSizeGreaterThan(10_000);
        Set<Quad> onlyCli = new HashSet<>(cli);
        onlyCli.removeAll(spark);
        Set<Quad> onlySpark = new HashSet<>(spark);
        onlySpark.removeAll(cli);
        assertThat(onlyCli).as("quads only the CLI gave").isEmpty();
        assertThat(onlySpark).as("quads only Spark gave").isEmpty();
    }

    @Test
    void documentFilesFollowTheCliRule() {
        assertThat(SparkExtraction.isDocument("file:/data/a/news.txt")).isTrue();
        assertThat(SparkExtraction.isDocument("hdfs://nn/data/NEWS.MD")).isTrue();
        assertThat(SparkExtraction.isDocument("file:/data/a/news.meta.json")).isFalse();
        assertThat(SparkExtraction.isDocument("file:/data/a/.news.txt")).isFalse();
        assertThat(SparkExtraction.isDocument("file:/data/a/news.pdf")).isFalse();
    }

    @Test
    void corpusOrderIsTheWalkersOrder() {
        CorpusOrder order = new CorpusOrder(List.of("file:/b", "file:/a"));
        assertThat(order.earlier("file:/a/x.txt", "file:/b/z/y.txt")).isEqualTo("file:/b/z/y.txt");
        assertThat(order.earlier("file:/b/z.txt", "file:/b/a/z.txt")).isEqualTo("file:/b/a/z.txt");
        assertThat(order.earlier("file:/b/b.txt", "file:/b/a.txt")).isEqualTo("file:/b/a.txt");
    }

    private static Set<Quad> quads(List<Path> files) {
        DatasetGraph ds = DatasetGraphFactory.create();
        for (Path f : files) RDFDataMgr.read(ds, f.toString());
        Set<Quad> out = new HashSet<>();
        ds.find().forEachRemaining(out::add);
        return out;
    }
}
