package org.airace.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type check follows subclass-of steps, up to the configured depth, with the recorded class items. */
class TypeCheckerTest {
    @TempDir
    Path tmp;

    RecordedWikidata wikidata;

    @BeforeEach
    void start() throws Exception {
        wikidata = new RecordedWikidata();
    }

    @AfterEach
    void stop() {
        wikidata.close();
    }

    private TypeChecker checker(int depth) throws Exception {
        // Organization allows only the most general class, so the company must be reached in two steps.
        WikidataClasses classes = WikidataClasses.fromJson(new ObjectMapper().readTree(
                "{\"superclassDepth\": " + depth + ", \"classes\": {\"Organization\": {\"Q43229\": \"organization\"},"
                        + " \"Person\": {\"Q5\": \"human\"}}}"));
        PoliteHttpClient client = new PoliteHttpClient("airace-kg/test (mailto:test@example.org)", 2, d -> { });
        return new TypeChecker(new WikidataApi(wikidata.apiUrl(), client, new ResponseCache(tmp)), classes);
    }

    private static WikidataItem company() {
        return new WikidataItem("Q182477", Map.of("en", "Nvidia"), Map.of(), List.of("Q891723"), List.of());
    }

    @Test
    void reachesAnAllowedClassThroughSubclassOf() throws Exception {
        TypeMatch m = checker(3).check(company(), "Organization");
        assertThat(m).isEqualTo(new TypeMatch("Q891723", "Q43229", 2));
    }

    @Test
    void stopsAtTheDepthLimit() throws Exception {
        assertThat(checker(1).check(company(), "Organization")).isNull();
    }

    @Test
    void rejectsAnItemOfAnotherKindAndAClassWithoutRules() throws Exception {
        TypeChecker checker = checker(3);
        assertThat(checker.check(company(), "Person")).isNull();
        assertThat(checker.check(company(), "Hardware")).isNull();
        WikidataItem human = new WikidataItem("Q305177", Map.of(), Map.of(), List.of("Q5"), List.of());
        assertThat(checker.check(human, "Person")).isEqualTo(new TypeMatch("Q5", "Q5", 0));
    }

    @Test
    void asksForEachClassOnlyOnce() throws Exception {
        TypeChecker checker = checker(3);
        checker.check(company(), "Organization");
        checker.check(company(), "Person"); // walks one class further up than the organization check needed
        int asked = wikidata.requestCount();
        assertThat(asked).isEqualTo(3); // one request per level: Q891723, Q783794, Q43229
        checker.check(company(), "Organization");
        checker.check(company(), "Person");
        assertThat(wikidata.requestCount()).isEqualTo(asked);
    }

    @Test
    void shippedTableCoversEveryEntityClassWithQids() {
        WikidataClasses shipped = WikidataClasses.load();
        assertThat(shipped.airClasses()).containsExactlyInAnyOrder("Person", "Organization", "GovernmentBody", "Country",
                "Place", "AIModel", "Policy", "Hardware", "Event");
        assertThat(shipped.allowedFor("Person")).containsExactly("Q5");
        assertThat(shipped.allowedFor("Country")).contains("Q6256", "Q3624078");
        assertThat(shipped.superclassDepth()).isPositive();
    }
}
