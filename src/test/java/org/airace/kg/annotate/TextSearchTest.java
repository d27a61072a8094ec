package org.airace.kg.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The windowed searches answer as String's unbounded ones would, restricted to the window. */
class TextSearchTest {

    private static final String ALPHABET = "等中国ab A\n";

    @Test
    void windowedSearchesAgreeWithStringSearchesOnRandomTexts() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String s = random(random, random.nextInt(30));
            String w = random(random, random.nextInt(4));
            int from = random.nextInt(s.length() + 6) - 3;
            int to = random.nextInt(s.length() + 6) - 3;

            int found = s.indexOf(w, Math.max(0, from));
            int expected = found >= 0 && found + w.length() <= Math.min(to, s.length()) ? found : -1;
            assertThat(TextSearch.indexOf(s, w, from, to)).as("indexOf(%s, %s, %d, %d)", s, w, from, to).isEqualTo(expected);

            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            int at = s.indexOf(c, Math.max(0, from));
            assertThat(TextSearch.indexOf(s, c, from, to)).as("indexOf(%s, %s, %d, %d)", s, c, from, to)
                    .isEqualTo(at >= 0 && at < to ? at : -1);

            int lowest = random.nextInt(s.length() + 6) - 3;
            int last = s.lastIndexOf(w, from);
            assertThat(TextSearch.lastIndexOf(s, w, from, lowest)).as("lastIndexOf(%s, %s, %d, %d)", s, w, from, lowest)
                    .isEqualTo(last >= Math.max(0, lowest) ? last : -1);
        }
    }

    @Test
    void aWordIsNotFoundAcrossTheWindowEnd() {
        assertThat(TextSearch.indexOf("美国等中国", "中国", 0, 4)).isEqualTo(-1);
        assertThat(TextSearch.indexOf("美国等中国", "中国", 0, 5)).isEqualTo(3);
        assertThat(TextSearch.indexOf("美国等中国", '等', 3, 5)).isEqualTo(-1);
        assertThat(TextSearch.lastIndexOf("中国等中国", "中国", 4, 1)).isEqualTo(3);
        assertThat(TextSearch.lastIndexOf("中国等中国", "中国", 2, 1)).isEqualTo(-1);
    }

    @Test
    void caseBlindSearchAgreesWithAPlainRegionMatchesScan() {
        // K (Kelvin sign) and ı fold to Latin letters under regionMatches(ignoreCase); Han chars have no case.
        String alphabet = "根据Aa Cc\u212Akı IiRr路透说法ＡＢ";
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            String s = random(random, alphabet, random.nextInt(20));
            String w = random(random, alphabet, random.nextInt(3));
            int from = random.nextInt(s.length() + 4) - 2;
            int to = random.nextInt(s.length() + 4) - 2;
            assertThat(TextSearch.indexOfIgnoreCase(s, w, from, to)).as("indexOfIgnoreCase(%s, %s, %d, %d)", s, w, from, to)
                    .isEqualTo(plainCaseBlindScan(s, w, from, to));
        }
        assertThat(TextSearch.indexOfIgnoreCase("消息称 ACCORDING TO 路透", "according to", 0, 20)).isEqualTo(4);
        assertThat(TextSearch.indexOfIgnoreCase("这是根据一句话", "根据", 0, 3)).isEqualTo(-1);
        assertThat(TextSearch.indexOfIgnoreCase("这是根据一句话", "根据", 0, 4)).isEqualTo(2);
    }

    private static int plainCaseBlindScan(String s, String w, int from, int to) {
        if (w.isEmpty()) return from <= to ? from : -1;
        for (int i = from; i + w.length() <= to; i++) {
            if (s.regionMatches(true, i, w, 0, w.length())) return i;
        }
        return -1;
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String random(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
