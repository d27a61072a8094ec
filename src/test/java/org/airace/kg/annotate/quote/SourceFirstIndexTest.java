package org.airace.kg.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fast path over caseless characters must find exactly what a plain case-insensitive scan finds. */
class SourceFirstIndexTest {

    private static int plainScan(String n, String w, int from, int to) {
        for (int i = from; i + w.length() <= to; i++) {
            if (n.regionMatches(true, i, w, 0, w.length()))
                return i;
        }
        return -1;
    }

    @Test
    void agreesWithAPlainCaseInsensitiveScan() {
        String text = "消息人士称，根据路透社的说法，ACCORDING TO Reuters 以及 according to 新华社的报道。";
        for (String w : new String[] {"根据", "according to", "According To", "路透", "ＡＢ", "的说法", "", "x"}) {
            for (int from = 0; from < text.length(); from += 3) {
                assertThat(SourceFirst.indexIgnoreCase(text, w, from, text.length()))
                        .as(w + " from " + from).isEqualTo(plainScan(text, w, from, text.length()));
            }
        }
    }

    @Test
    void stopsAtTheEndOfTheRange() {
        String text = "这是根据一句话";
        assertThat(SourceFirst.indexIgnoreCase(text, "根据", 0, 3)).isEqualTo(-1);
        assertThat(SourceFirst.indexIgnoreCase(text, "根据", 0, 4)).isEqualTo(2);
    }
}
