package org.airace.kg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads the development seeds at test time and compares their metadata with the gold annotation.
 * Date and URL must match exactly; title and authors must match where the gold states them.
 * The per-field outcome is printed so a run shows which fields agree.
 */
class SeedMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> seedMetadataMatchesGold() throws Exception {
        String shared = System.getProperty("airace.shared");
        assumeTrue(shared != null, "airace.shared not set");
        Path seeds = Path.of(shared, "seeds");
        Path gold = Path.of(shared, "eval", "seeds-gold");
        assumeTrue(Files.isDirectory(seeds) && Files.isDirectory(gold), "seeds or gold not present");

        WalkResult walk = new CorpusWalker().walk(List.of(seeds));
        assertThat(walk.errors()).isEmpty();
        assertThat(walk.documents()).isNotEmpty();
        DocumentReader reader = new DocumentReader();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path seed : walk.documents()) {
            String stem = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Path goldFile = gold.resolve(stem + ".json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(stem, () -> compare(reader.read(seed), JSON.readTree(goldFile.toFile()).path("metadata"))));
        }
        return tests.stream();
    }

    private static void compare(Document doc, JsonNode gold) {
        Metadata m = doc.metadata();
        String goldDate = text(gold, "date");
        String goldUrl = text(gold, "url");
        String goldTitle = text(gold, "title");
        List<String> goldAuthors = new ArrayList<>();
        gold.path("authors").forEach(a -> goldAuthors.add(a.asText()));

        System.out.printf("%s: date %s, url %s, title %s, authors %s, publisher %s, language %s%n", doc.fileName(),
                verdict(goldDate, m.date() == null ? null : m.date().toString()),
                verdict(goldUrl, m.url()),
                verdict(goldTitle, m.title()),
                verdict(goldAuthors.isEmpty() ? null : goldAuthors.toString(), m.authors().isEmpty() ? null : m.authors().toString()),
                verdict(text(gold, "publisher"), m.publisher()),
                verdict(text(gold, "language"), m.language()));

        assertThat(m.date() == null ? null : m.date().toString()).as("date").isEqualTo(goldDate);
        assertThat(m.url()).as("url").isEqualTo(goldUrl);
        if (goldTitle != null) {
            assertThat(m.title()).as("title").isEqualTo(goldTitle);
        }
        if (!goldAuthors.isEmpty()) {
            assertThat(m.authors()).as("authors").isEqualTo(goldAuthors);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static String verdict(String gold, String actual) {
        if (gold == null && actual == null) return "both empty";
        if (gold != null && gold.equals(actual)) return "match";
        return "gold=" + gold + " got=" + actual;
    }
}
