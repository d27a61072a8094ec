package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedQueryTest {
    private static final String TEXT = "# Title: Models by maker\n#question: Which models does a maker release?\n"
            + "# param: ?maker - the organisation & its IRI\n# param: ?year\n# free text\n"
            + "SELECT * WHERE { ?m ?p ?o } # title: not a header line\n";

    @Test
    void theHeaderGivesTitleQuestionAndParameters() {
        SavedQuery q = SavedQuery.parse("models.rq", TEXT);
        assertThat(q.title()).isEqualTo("Models by maker");
        assertThat(q.question()).isEqualTo("Which models does a maker release?");
        assertThat(q.params()).containsExactly(new SavedQuery.Param("?maker", "the organisation & its IRI"),
                new SavedQuery.Param("?year", ""));
    }

    @Test
    void aQueryWithoutHeaderIsTitledByItsFileName() {
        assertThat(SavedQuery.parse("bare.rq", "SELECT * { ?s ?p ?o }").title()).isEqualTo("bare.rq");
    }

    @Test
    void theIndexPageEscapesTextAndLinksToTheConsoleEditor() {
        SavedQuery q = SavedQuery.parse("models.rq", TEXT);
        String html = SavedQueryIndexPage.render("airace", List.of(q));
        assertThat(html).contains("the organisation &amp; its IRI").doesNotContain("organisation & its");
        String link = SavedQueryIndexPage.consoleLink("airace", q);
        assertThat(link).startsWith("/#/dataset/airace/query?query=").doesNotContain("+").doesNotContain(" ");
        assertThat(URLDecoder.decode(link.substring(link.indexOf('=') + 1), StandardCharsets.UTF_8)).isEqualTo(TEXT);
    }

    @Test
    void queriesAreFoundInsideAJarOnTheClasspath(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("q.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("queries/"));
            out.putNextEntry(new JarEntry("queries/b.rq"));
            out.write("# title: Second\nASK {}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("queries/a.rq"));
            out.write("# title: First\nASK {}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("queries/README.md"));
            out.write("not a query".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<SavedQuery> found = SavedQueryFolder.locateAndRead(null, loader);
            assertThat(found).extracting(SavedQuery::title).containsExactly("First", "Second");
        }
    }

    @Test
    void everyShippedQueryHasATitleAQuestionAndParses() {
        List<SavedQuery> shipped = SavedQueryFolder.read(ConsoleServerTest.QUERIES);
        assertThat(shipped).extracting(SavedQuery::fileName).contains("headline-cost-chip-constraints.rq");
        for (SavedQuery q : shipped) {
            assertThat(q.title()).as(q.fileName()).isNotEqualTo(q.fileName());
            assertThat(q.question()).as(q.fileName()).isNotBlank();
            QueryFactory.create(q.text());
        }
    }
}
