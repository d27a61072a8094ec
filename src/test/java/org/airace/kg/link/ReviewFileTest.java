package org.airace.kg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewFileTest {
    @TempDir
    Path tmp;

    static final String HEADER = String.join("\t", ReviewFile.COLUMNS);

    private Path file(String... lines) throws Exception {
        Path f = tmp.resolve("review.tsv");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void writesAndReadsBackTheSameRows() {
        List<ReviewRow> rows = List.of(
                new ReviewRow("https://w3id.org/airace/id/entity/person-1", "黃仁勳", "Person", "Q305177", "黃仁勳 / Jensen Huang",
                        "line one\tand\nline two", 0.95, "exact label", "accept", 0),
                new ReviewRow("https://w3id.org/airace/id/entity/lex-x", "X", "AIModel", "Q116698014", "Gemini", "", 0.5, "prefix of", "", 0));
        Path f = tmp.resolve("out/review.tsv");
        ReviewFile.write(f, rows);
        List<ReviewRow> back = ReviewFile.read(f);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).description()).isEqualTo("line one and line two");
        assertThat(back.get(0).accepted()).isTrue();
        assertThat(back.get(0).line()).isEqualTo(4); // two comment lines, the header, then the first row
        assertThat(back.get(1).decision()).isEmpty();
        assertThat(back.get(1).score()).isEqualTo(0.5);
    }

    @Test
    void readsASpreadsheetThatDroppedTheEmptyLastColumnAndUpperCasedADecision() throws Exception {
        Path f = file(HEADER, "https://e.org/a\tA\tPerson\tQ5\thuman\t\t0.9\tr",
                "https://e.org/b\tB\tPerson\tQ42\tDouglas Adams\t\t0.9\tr\tACCEPT");
        List<ReviewRow> rows = ReviewFile.read(f);
        assertThat(rows).extracting(ReviewRow::decision).containsExactly("", "accept");
    }

    @Test
    void unknownDecisionNamesFileAndLine() throws Exception {
        Path f = file("# comment", HEADER, "https://e.org/a\tA\tPerson\tQ5\thuman\t\t0.9\tr\tmaybe");
        assertThatThrownBy(() -> ReviewFile.read(f)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining(f + ":3:").hasMessageContaining("'maybe'");
    }

    @Test
    void acceptedRowNeedsAQidAndAnEntityIri() throws Exception {
        Path badQid = file(HEADER, "https://e.org/a\tA\tPerson\tq5x\thuman\t\t0.9\tr\taccept");
        assertThatThrownBy(() -> ReviewFile.read(badQid)).hasMessageContaining(":2:").hasMessageContaining("q5x");
        Path badEntity = file(HEADER, "person-1\tA\tPerson\tQ5\thuman\t\t0.9\tr\taccept");
        assertThatThrownBy(() -> ReviewFile.read(badEntity)).hasMessageContaining(":2:").hasMessageContaining("not an http(s) IRI");
    }

    @Test
    void extraColumnsAndMissingHeaderAreErrors() throws Exception {
        Path extra = file(HEADER, "https://e.org/a\tA\tPerson\tQ5\thuman\t\t0.9\tr\taccept\tsurplus");
        assertThatThrownBy(() -> ReviewFile.read(extra)).hasMessageContaining(":2:").hasMessageContaining("10 columns");
        Path noHeader = file("entity\tqid", "https://e.org/a\tQ5");
        assertThatThrownBy(() -> ReviewFile.read(noHeader)).hasMessageContaining(":1:").hasMessageContaining("'decision'");
    }
}
