package org.airace.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {

    @Test
    void loadsGoldKeyedByFileNameWithoutExtension() throws IOException {
        GoldSet set = GoldSet.load(NewsFixture.resourceDir("gold"));

        assertThat(set.size()).isEqualTo(1);
        assertThat(set.forFileName("news1.txt")).isPresent();
        assertThat(set.forFileName("some/folder/news1.md")).isPresent();
        assertThat(set.forFileName("news2.txt")).isEmpty();
        assertThat(set.forDocument(NewsFixture.perfect("news1.txt"))).isPresent();

        GoldDocument g = set.forFileName("news1.txt").orElseThrow();
        assertThat(g.entities()).hasSize(5);
        assertThat(g.entities().get(4).aliases()).isEmpty(); // "aliases" left out in the file
        assertThat(g.quantities().get(0).value()).isEqualByComparingTo(new BigDecimal("6000000"));
        assertThat(g.dates().get(1).value()).isEqualTo("2023");
        assertThat(g.metadata().authors()).containsExactly("王小明");
    }

    @Test
    void missingArraysReadAsEmptyAndUnknownFieldsAreIgnored() throws IOException {
        GoldDocument g = GoldReader.read(NewsFixture.resourceDir("sparse").resolve("only-entities.json"));

        assertThat(g.entities()).hasSize(1);
        assertThat(g.quantities()).isEmpty();
        assertThat(g.dates()).isEmpty();
        assertThat(g.claims()).isEmpty();
        assertThat(g.quotes()).isEmpty();
        assertThat(g.metadata().title()).isNull();
        assertThat(g.metadata().authors()).isEmpty();
    }

    @Test
    void malformedJsonFailsNamingTheFile() {
        assertThatThrownBy(() -> GoldSet.load(NewsFixture.resourceDir("malformed")))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("malformed");
    }

    @Test
    void unknownEntityTypeFailsNamingFileAndType() {
        assertThatThrownBy(() -> GoldSet.load(NewsFixture.resourceDir("badtype")))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("typo.json")
                .hasMessageContaining("Company");
    }

    @Test
    void itemWithoutTextFailsAndEmptyFileFails(@TempDir Path dir) throws IOException {
        Path noText = dir.resolve("notext.json");
        Files.writeString(noText, "{\"quotes\": [{\"speaker\": \"林志遠\"}]}");
        assertThatThrownBy(() -> GoldReader.read(noText))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("notext.json").hasMessageContaining("quote");

        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> GoldReader.read(empty))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("empty.json");
    }

    @Test
    void aPathThatIsNoFolderIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), "{}");
        assertThatThrownBy(() -> GoldSet.load(file)).isInstanceOf(IOException.class).hasMessageContaining("x.json");
    }
}
