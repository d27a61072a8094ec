package org.airace.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    private static EvalReport report;

    @BeforeAll
    static void score() throws Exception {
        GoldDocument gold = NewsFixture.gold();
        report = new Scorer().score(List.of(NewsFixture.perfect("a.txt"), NewsFixture.partial("b.txt")),
                GoldSet.of(Map.of("a", gold, "b", gold)));
    }

    private static String printed(boolean verbose) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), verbose);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableShowsCountsAndRatiosPerCategory() {
        String out = printed(false);

        assertThat(out).contains("category", "matched-g", "F1");
        assertThat(out).containsPattern("(?m)^entities\\s+10\\s+9\\s+8\\s+8\\s+0\\.889\\s+0\\.800\\s+0\\.842$");
        assertThat(out).containsPattern("(?m)^  Place\\s+2\\s+1\\s+1\\s+1\\s+1\\.000\\s+0\\.500\\s+0\\.667$");
        assertThat(out).containsPattern("(?m)^date values\\s+2 of 3 matched correct, accuracy 0\\.667$");
        assertThat(out).doesNotContain("  Event"); // neither gold nor system has one
        assertThat(out).doesNotContain("MISS");
        assertThat(out).containsPattern("(?m)^b\\.txt\\s+0\\.667\\s+0\\.444");
    }

    @Test
    void verboseListsMissesAndSpuriousItemsPerDocument() {
        String out = printed(true);

        assertThat(out).contains("== b.txt", "  MISS entity 林志遠 [Person]", "  SPURIOUS quantity '5日' 5 Day");
        int a = out.indexOf("== a.txt");
        int b = out.indexOf("== b.txt");
        assertThat(out.substring(a, b)).doesNotContain("MISS", "SPURIOUS");
    }

    @Test
    void jsonCarriesTotalsDocumentsAndFindings() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.toJson());

        JsonNode entities = json.get("totals").get(0);
        assertThat(entities.get("category").asText()).isEqualTo("entities");
        assertThat(entities.get("gold").asInt()).isEqualTo(10);
        assertThat(entities.get("precision").asDouble()).isEqualTo(8.0 / 9);
        assertThat(json.get("documents")).hasSize(2);
        assertThat(json.get("documents").get(1).get("findings").toString()).contains("林志遠");
        assertThat(json.get("totalAccuracies").get(1).get("accuracy").asDouble()).isEqualTo(0.75);
    }
}
