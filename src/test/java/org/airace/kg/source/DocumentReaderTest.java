package org.airace.kg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void idIsTheSha256PrefixOfTheTextsUtf8Bytes() throws Exception {
        Document d = reader.read(Files.writeString(dir.resolve("a.txt"), Samples.SIMPLIFIED));
        String full = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Samples.SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.id()).isEqualTo(full.substring(0, 24));
        assertThat(d.fileName()).isEqualTo("a.txt");
        assertThat(d.path()).isEqualTo(dir.resolve("a.txt"));
    }

    @Test
    void duplicateUnderAnotherNameHasTheSameId() throws Exception {
        Document a = reader.read(Files.writeString(dir.resolve("first.txt"), Samples.TRADITIONAL));
        Document b = reader.read(Files.writeString(dir.resolve("copy of first.md"), Samples.TRADITIONAL));
        Document c = reader.read(Files.writeString(dir.resolve("edited.txt"), Samples.TRADITIONAL + "補充一句。"));
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.fileName()).isEqualTo("copy of first.md");
        assertThat(c.id()).isNotEqualTo(a.id());
    }

    @Test
    void lineEndsAreKeptExactly() throws Exception {
        String crlf = Samples.TRADITIONAL.replace("\n", "\r\n");
        String mixed = "標題：混合換行\r\n作者：周明\n\r第一段。\r第二段。\n";
        Document d1 = reader.read(Files.writeString(dir.resolve("crlf.txt"), crlf));
        Document d2 = reader.read(Files.writeString(dir.resolve("mixed.txt"), mixed));
        assertThat(d1.text()).isEqualTo(crlf);
        assertThat(d1.metadata().authors()).containsExactly("林雅婷");
        assertThat(d1.metadata().date()).isEqualTo(PartialDate.ofDay(2024, 11, 3));
        assertThat(d2.text()).isEqualTo(mixed);
        assertThat(d2.metadata().title()).isEqualTo("混合換行");
        assertThat(d2.metadata().authors()).containsExactly("周明");
    }

    @Test
    void leadingBomIsRemovedAndNothingElse() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("  " + Samples.SIMPLIFIED + "  ").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Document d = reader.read(Files.write(dir.resolve("bom.txt"), all));
        assertThat(d.text()).isEqualTo("  " + Samples.SIMPLIFIED + "  ");
    }

    @Test
    void emptyFileIsAClearError() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class)
                .hasMessage(file + ": empty file (0 bytes)");
    }

    @Test
    void whiteSpaceOnlyIsEmpty() throws Exception {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \r\n\t\u3000\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ": empty document");
    }

    @Test
    void tooLargeIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), Samples.TRADITIONAL.repeat(20));
        DocumentReader small = new DocumentReader(1000);
        assertThatThrownBy(() -> small.read(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining("too large").hasMessageContaining("1000");
    }

    @Test
    void missingFileAndFolderAreClearErrors() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt"))).isInstanceOf(SourceException.class)
                .hasMessageContaining("nope.txt: no such file");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(SourceException.class).hasMessageContaining("folder");
    }

    @Test
    void unreadableFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("locked.txt"), Samples.TRADITIONAL);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class)
                    .hasMessage(file + ": not readable (permission denied)");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void hugeArticleAndManyShortLinesAreRead() throws Exception {
        String para = "各國政府競相補貼資料中心建設，電力需求因此快速攀升，地方電網面臨前所未有的壓力。\n";
        String huge = "標題：大型文件\n" + para.repeat(200_000); // about 8.4 M chars
        // The reader itself reads far beyond the pipeline's default limit when asked to.
        DocumentReader roomy = new DocumentReader(64L * 1024 * 1024);
        Document big = roomy.read(Files.writeString(dir.resolve("huge.txt"), huge));
        assertThat(big.text()).hasSize(huge.length());
        assertThat(big.metadata().title()).isEqualTo("大型文件");

        StringBuilder lines = new StringBuilder("作者：短行測試\n");
        for (int i = 0; i < 100_000; i++) {
            lines.append("第").append(i).append("行\n");
        }
        Document many = reader.read(Files.writeString(dir.resolve("lines.txt"), lines));
        assertThat(many.text()).isEqualTo(lines.toString());
        assertThat(many.metadata().authors()).containsExactly("短行測試");
    }

    @Test
    void theDefaultLimitRefusesWhatThePipelineCannotProcessAndCanBeRaised() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), "標題：長文\n" + "各地資料中心的用電量持續增加。\n".repeat(60_000));
        assertThat(Files.size(file)).isGreaterThan(DocumentReader.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining("too large").hasMessageContaining(DocumentReader.MAX_BYTES_PROPERTY);
        String before = System.getProperty(DocumentReader.MAX_BYTES_PROPERTY);
        try {
            System.setProperty(DocumentReader.MAX_BYTES_PROPERTY, String.valueOf(8L * 1024 * 1024));
            assertThat(new DocumentReader().read(file).metadata().title()).isEqualTo("長文");
            System.setProperty(DocumentReader.MAX_BYTES_PROPERTY, "lots");
            assertThatThrownBy(DocumentReader::new).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lots");
        } finally {
            if (before == null) System.clearProperty(DocumentReader.MAX_BYTES_PROPERTY);
            else System.setProperty(DocumentReader.MAX_BYTES_PROPERTY, before);
        }
    }

    @Test
    void aNamedPipeIsRefusedInsteadOfBlockingTheRun() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo not available");
        assertThatThrownBy(() -> reader.read(fifo)).isInstanceOf(SourceException.class)
                .hasMessageContaining("not a regular file");
        WalkResult walk = new CorpusWalker().walk(java.util.List.of(dir));
        assertThat(walk.errors()).extracting(SourceException::path).contains(fifo);
    }

    @Test
    void englishOnlyArticle() throws Exception {
        Document d = reader.read(Files.writeString(dir.resolve("en.txt"), Samples.ENGLISH));
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().title()).isEqualTo("Data centres strain the grid");
        assertThat(d.metadata().authors()).containsExactly("Jane Miller");
        assertThat(d.metadata().date()).isEqualTo(PartialDate.ofDay(2024, 3, 4));
    }

    @Test
    void languageIsGuessedFromScript() {
        LanguageGuesser g = new LanguageGuesser();
        assertThat(g.guess(Samples.TRADITIONAL)).isEqualTo("zh-Hant");
        assertThat(g.guess(Samples.SIMPLIFIED)).isEqualTo("zh-Hans");
        assertThat(g.guess(Samples.ENGLISH)).isEqualTo("en");
        assertThat(g.guess(Samples.SIMPLIFIED + Samples.ENGLISH.repeat(3))).isEqualTo("mixed");
        assertThat(g.guess("12345 ...")).isNull();
    }
}
