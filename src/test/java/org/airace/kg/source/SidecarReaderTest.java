package org.airace.kg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarReaderTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("story.txt"), Samples.TRADITIONAL);
    }

    private void sidecar(String json) throws Exception {
        Files.writeString(dir.resolve("story.meta.json"), json);
    }

    @Test
    void sidecarIsFoundBesideTheDocument() {
        assertThat(SidecarReader.sidecarOf(Path.of("a/b/news.txt"))).isEqualTo(Path.of("a/b/news.meta.json"));
        assertThat(SidecarReader.sidecarOf(Path.of("notes.md"))).isEqualTo(Path.of("notes.meta.json"));
    }

    @Test
    void sidecarFieldsOverrideHeaderFieldsOneByOne() throws Exception {
        Path file = article();
        Document plain = reader.read(file);
        assertThat(plain.metadata().title()).isEqualTo("新晶片廠的用電爭議");
        assertThat(plain.metadata().authors()).containsExactly("林雅婷");

        sidecar("{\"authors\": \"Chen Wei\", \"publisher\": \"範例週刊\", \"date\": \"2024-11\","
                + " \"keywords\": [\"電力\", \"晶片\"], \"url\": \"https://example.net/x\", \"language\": \"zh-Hant\"}");
        ReadResult r = reader.readWithWarnings(file);
        Metadata m = r.document().metadata();
        assertThat(m.title()).isEqualTo("新晶片廠的用電爭議"); // not in the sidecar: header value kept
        assertThat(m.authors()).containsExactly("Chen Wei");
        assertThat(m.publisher()).isEqualTo("範例週刊");
        assertThat(m.date()).isEqualTo(PartialDate.ofMonth(2024, 11));
        assertThat(m.keywords()).containsExactly("電力", "晶片");
        assertThat(m.url()).isEqualTo("https://example.net/x");
        assertThat(r.warnings()).isEmpty();
        // The sidecar changes metadata, not the content: the id stays.
        assertThat(r.document().id()).isEqualTo(plain.id());
    }

    @Test
    void nullInSidecarClearsAMisreadHeaderValue() throws Exception {
        Path file = article();
        sidecar("{\"title\": null, \"date\": \"2024年11月4日\"}");
        Metadata m = reader.read(file).metadata();
        assertThat(m.title()).isNull();
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2024, 11, 4));
    }

    @Test
    void malformedJsonNamesTheSidecar() throws Exception {
        Path file = article();
        sidecar("{\"title\": \"缺少結尾\"");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(dir.resolve("story.meta.json") + ": ")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void wronglyTypedFieldIsAnError() throws Exception {
        Path file = article();
        sidecar("{\"title\": \"好標題\", \"authors\": 42}");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("story.meta.json")
                .hasMessageContaining("'authors'")
                .hasMessageContaining("number");
    }

    @Test
    void listWithANonStringIsAnError() throws Exception {
        Path file = article();
        sidecar("{\"keywords\": [\"能源\", {\"x\": 1}]}");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class).hasMessageContaining("'keywords'");
    }

    @Test
    void badDateIsAnError() throws Exception {
        Path file = article();
        sidecar("{\"date\": \"sometime soon\"}");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining("'date'").hasMessageContaining("sometime soon");
    }

    @Test
    void topLevelArrayIsAnError() throws Exception {
        Path file = article();
        sidecar("[1, 2]");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class).hasMessageContaining("JSON object");
    }

    @Test
    void unknownFieldsAreWarnings() throws Exception {
        Path file = article();
        sidecar("{\"publisher\": \"範例週刊\", \"mood\": \"sunny\"}");
        ReadResult r = reader.readWithWarnings(file);
        assertThat(r.document().metadata().publisher()).isEqualTo("範例週刊");
        assertThat(r.warnings()).singleElement().asString().contains("mood").contains("story.meta.json");
    }

    @Test
    void duplicateKeysAreContradictoryAndAnError() throws Exception {
        Path file = article();
        sidecar("{\"date\": \"2024-01-01\", \"date\": \"2024-02-02\"}");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining("story.meta.json").hasMessageContaining("date");
    }
}
