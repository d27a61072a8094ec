package org.airace.kg.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.cli.Main;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One corpus of bad inputs through the real {@code airace extract} command line (in process): every
 * file gets the right result or an error naming it and the reason, the others are still extracted,
 * the summary counts both, and the exit code is non-zero. Prints the outcome table.
 */
class BadInputCorpusTest {

    private static final Pattern SUMMARY = Pattern.compile("extract: (\\d+) succeeded, (\\d+) failed, (\\d+) skipped");

    @TempDir
    Path work;

    @Test
    void everyBadInputIsReportedAndTheRestIsExtracted() throws Exception {
        Path corpus = work.resolve("corpus");
        Path probe = Files.writeString(Files.createDirectories(work).resolve("probe"), "x");
        probe.toFile().setReadable(false, false);
        boolean canMakeUnreadable = !Files.isReadable(probe);
        List<BadInputCorpus.Case> cases = BadInputCorpus.write(corpus, canMakeUnreadable);
        Path out = work.resolve("out.nq");
        Path reportFile = work.resolve("report.json");

        long started = System.nanoTime();
        Run run = runCli("extract", "-j", "2", "--out", out.toString(), "--report", reportFile.toString(), corpus.toString());
        double seconds = (System.nanoTime() - started) / 1e9;

        JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
        List<String[]> table = new ArrayList<>();
        for (BadInputCorpus.Case c : cases) {
            JsonNode item = itemFor(report, corpus, c.file());
            assertThat(item).as("report entry for %s", c.file()).isNotNull();
            String status = item.get("status").asText();
            String reason = item.path("error").isNull() ? "" : item.path("error").asText();
            table.add(new String[] {c.label(), c.file(), status, reason});
            assertThat(status).as("%s (%s): %s", c.label(), c.file(), reason).isEqualTo(c.status());
            if (c.reason() != null)
                assertThat(reason).as(c.label()).contains(c.reason());
            if (c.status().equals("error"))
                assertThat(run.stderr).as("stderr names %s", c.file()).contains(c.file() + ": ");
        }
        print(table, run.exitCode, seconds);

        assertThat(run.exitCode).as("exit code with failed inputs; stderr:\n%s", run.stderr).isEqualTo(1);
        Matcher summary = SUMMARY.matcher(run.stderr);
        assertThat(summary.find()).as("summary line in\n%s", run.stderr).isTrue();
        assertThat(Long.parseLong(summary.group(1))).isEqualTo(count(cases, "ok"));
        assertThat(Long.parseLong(summary.group(2))).isEqualTo(count(cases, "error"));
        assertThat(Long.parseLong(summary.group(3))).isEqualTo(count(cases, "skipped"));
        assertThat(report.get("succeeded").asLong()).isEqualTo(count(cases, "ok"));
        assertThat(report.get("failed").asLong()).isEqualTo(count(cases, "error"));

        // Header problems are warnings on a document that is still extracted.
        assertThat(run.stderr).contains("header-contradictory.txt").contains("contradictory 'date' headers");

        // What succeeded is really in the output: one graph per extracted document, decoded right.
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, out.toString());
        Set<String> graphs = new HashSet<>();
        ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertThat(graphs).hasSize((int) count(cases, "ok"));
        String quads = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(quads).as("Big5 article decoded").contains("半導體業者擴大先進封裝產能");
        String issued = """
                SELECT ?d WHERE { GRAPH ?g { ?s <https://w3id.org/airace/ontology#fileName> "sidecar-contradicts.txt" ;
                                                <http://purl.org/dc/terms/issued> ?d } }""";
        try (QueryExecution q = QueryExecutionFactory.create(issued, ds)) {
            List<String> dates = new ArrayList<>();
            q.execSelect().forEachRemaining(row -> dates.add(row.getLiteral("d").getLexicalForm()));
            assertThat(dates).as("the sidecar's date wins over the header's").containsExactly("2024-02-03");
        }
    }

    private static JsonNode itemFor(JsonNode report, Path corpus, String file) {
        for (JsonNode item : report.get("documents")) {
            String f = item.get("file").asText();
            if (f.equals(file) || f.equals(corpus.resolve(file).toString()))
                return item;
        }
        return null;
    }

    private static long count(List<BadInputCorpus.Case> cases, String status) {
        return cases.stream().filter(c -> c.status().equals(status)).count();
    }

    private static void print(List<String[]> table, int exitCode, double seconds) {
        StringBuilder sb = new StringBuilder("\n| input | file | outcome | reason |\n|---|---|---|---|\n");
        for (String[] row : table)
            sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        sb.append(String.format("exit code %d, %.1f s%n", exitCode, seconds));
        System.out.println(sb);
    }

    private record Run(int exitCode, String stderr) {}

    /** Runs the CLI in this JVM, capturing standard error (where messages and the summary go). */
    private static Run runCli(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try (PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(err);
            code = Main.execute(args);
        } finally {
            System.setErr(original);
        }
        String stderr = captured.toString(StandardCharsets.UTF_8);
        original.print(stderr);
        return new Run(code, stderr);
    }
}
