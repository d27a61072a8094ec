package org.airace.kg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingDetectorTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "utf8,       UTF-8,      ''",
            "utf8bom,    UTF-8,      EFBBBF",
            "utf16le,    UTF-16LE,   FFFE",
            "utf16be,    UTF-16BE,   FEFF",
            "utf16lenb,  UTF-16LE,   ''",
            "utf16benb,  UTF-16BE,   ''",
            "utf32be,    UTF-32BE,   0000FEFF",
            "big5,       Big5-HKSCS, ''",
            "gb18030,    GB18030,    ''"})
    void sameArticleInEveryEncodingGivesSameTextAndId(String label, String charset, String bomHex) throws Exception {
        byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
        Path utf8 = write("plain.txt", Samples.TRADITIONAL.getBytes(StandardCharsets.UTF_8));
        Path other = write(label + ".txt", concat(bom, Samples.TRADITIONAL.getBytes(Charset.forName(charset))));

        Document expected = reader.read(utf8);
        Document actual = reader.read(other);

        assertThat(actual.text()).isEqualTo(Samples.TRADITIONAL);
        assertThat(actual.id()).isEqualTo(expected.id()).hasSize(24).matches("[0-9a-f]{24}");
        assertThat(actual.charset()).isEqualTo(charset);
        assertThat(actual.metadata()).isEqualTo(expected.metadata());
    }

    @Test
    void bomlessUtf16OfProseWithHardlyAnyAsciiIsRecognised() throws Exception {
        // About one ASCII character in ten: too few NUL bytes for the ratio test alone.
        // 倀 (U+5000) has a zero low byte: one NUL on the "wrong" side must not spoil the pattern.
        String prose = "日期：2025年3月4日\n各地政府競相興建資料中心，電力公司表示供電吃緊，居民擔心電價因此上漲，專家建議改用再生能源。\n"
                + "倀鬼一詞常見於舊小說，與本文無關，只用來測試編碼。\n";
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE"}) {
            Document d = reader.read(write("nb-" + charset + ".txt", prose.getBytes(Charset.forName(charset))));
            assertThat(d.text()).isEqualTo(prose);
            assertThat(d.charset()).isEqualTo(charset);
        }
        // NULs on one side but not text when read as UTF-16: still binary.
        byte[] notText = new byte[64];
        for (int i = 0; i < notText.length; i += 2) {
            notText[i] = (byte) (i == 10 ? 0 : 0xE0); // E0xx: private-use area when read as UTF-16BE
            notText[i + 1] = (byte) 0x41;
        }
        assertThatThrownBy(() -> reader.read(write("blob.txt", notText))).isInstanceOf(SourceException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void simplifiedArticleInGb18030AndUtf8() throws Exception {
        Document gb = reader.read(write("gb.txt", Samples.SIMPLIFIED.getBytes("GB18030")));
        Document u8 = reader.read(write("u8.txt", Samples.SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        assertThat(gb.charset()).isEqualTo("GB18030");
        assertThat(gb.text()).isEqualTo(Samples.SIMPLIFIED);
        assertThat(gb.id()).isEqualTo(u8.id());
    }

    @Test
    void big5EtenCharactersDecode() throws Exception {
        // 圍棋 in Big5, then the ETEN extension codes F9D6 (碁) and F9D7 (銹) that plain Big5 lacks.
        byte[] b = concat("圍棋與".getBytes("Big5"), bytes(0xF9, 0xD6, 0xF9, 0xD7),
                "，臺灣的舊式編碼仍然常見於新聞檔案之中。".getBytes("Big5"));
        Document d = reader.read(write("eten.txt", b));
        assertThat(d.text()).isEqualTo("圍棋與碁銹，臺灣的舊式編碼仍然常見於新聞檔案之中。");
        assertThat(d.charset()).isEqualTo("Big5-HKSCS");
    }

    @Test
    void truncatedUtf8NamesFileOffsetAndEncoding() throws Exception {
        byte[] full = Samples.TRADITIONAL.strip().getBytes(StandardCharsets.UTF_8);
        // Cut the last character (3 bytes of 。) after its first byte.
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2);
        Path file = write("cut.txt", cut);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("byte offset " + (full.length - 3))
                .hasMessageContaining("truncated");
    }

    @Test
    void malformedByteInsideUtf8IsReportedWhereItIs() throws Exception {
        byte[] head = "研究人員表示，新模型的推理速度提升了三成。".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "其餘細節將在下月公布。".getBytes(StandardCharsets.UTF_8);
        Path file = write("bad.txt", concat(head, bytes(0xFF), tail));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("byte offset " + head.length)
                .hasMessageContaining("UTF-8")
                .hasMessageNotContaining("truncated");
    }

    @Test
    void binaryContentIsRefused() throws Exception {
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), new byte[200]);
        Path file = write("image.txt", png);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("binary");
    }

    @Test
    void controlCharacterSoupIsBinary() {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThat(EncodingDetector.binaryReason(b)).contains("control bytes");
        assertThat(EncodingDetector.binaryReason("普通的文字\r\n\t第二行".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void detectorFamiliesMapToDecodingCharsets() {
        assertThat(EncodingDetector.javaCharset("GB2312")).isEqualTo("GB18030");
        assertThat(EncodingDetector.javaCharset("GBK")).isEqualTo("GB18030");
        assertThat(EncodingDetector.javaCharset("BIG5")).isEqualTo("Big5-HKSCS");
        assertThat(EncodingDetector.javaCharset("UTF-8")).isEqualTo("UTF-8");
    }

    @Test
    void asciiOnlyIsUtf8() throws Exception {
        Document d = reader.read(write("en.txt", Samples.ENGLISH.getBytes(StandardCharsets.US_ASCII)));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(Samples.ENGLISH);
    }
}
