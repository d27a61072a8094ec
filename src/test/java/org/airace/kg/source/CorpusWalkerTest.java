package org.airace.kg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {

    @TempDir
    Path dir;

    private final CorpusWalker walker = new CorpusWalker();

    private Path file(String relative) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "內容");
    }

    @Test
    void foldersAreWalkedRecursivelyInNameOrderKeepingOnlyDocuments() throws Exception {
        Path b = file("b.txt");
        Path a = file("a.md");
        Path nested = file("sub/c.text");
        file("sub/c.meta.json");
        file("notes.pdf");
        file(".hidden.txt");
        file(".git/x.txt");
        WalkResult r = walker.walk(List.of(dir));
        assertThat(r.documents()).containsExactly(a, b, nested);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void explicitFilesAreTakenAsGivenAndMissingOnesReported() throws Exception {
        Path odd = file("article.html");
        Path missing = dir.resolve("missing.txt");
        Path sidecar = file("x.meta.json");
        WalkResult r = walker.walk(List.of(odd, missing, sidecar));
        assertThat(r.documents()).containsExactly(odd);
        assertThat(r.errors()).extracting(SourceException::path).containsExactly(missing, sidecar);
        assertThat(r.errors().get(0)).hasToString(missing + ": no such file or folder");
    }

    @Test
    void symbolicLinkLoopIsReportedAndTheWalkGoesOn() throws Exception {
        Path inner = file("top/inner/doc.txt");
        Files.createSymbolicLink(dir.resolve("top/inner/back"), dir.resolve("top"));
        Path after = file("z/last.txt");
        WalkResult r = walker.walk(List.of(dir));
        assertThat(r.documents()).containsExactly(inner, after);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(dir.resolve("top/inner/back"));
            assertThat(e.reason()).contains("symbolic-link loop");
        });
    }

    @Test
    void fileReachedTwiceIsListedOnceAndBrokenLinksAreReported() throws Exception {
        Path real = file("real.txt");
        Files.createSymbolicLink(dir.resolve("same.txt"), real);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        WalkResult r = walker.walk(List.of(dir, real));
        assertThat(r.documents()).containsExactly(real);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("dangling.txt").contains("broken"));
    }
}
