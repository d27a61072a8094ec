package org.airace.kg.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class CharSetTest {

    @Test
    void holdsExactlyTheCharsGivenAcrossTheWholeRange() {
        String chars = "\u0000?@AZaz\u003F\u0040\u4E2D\u9FFF\uFFFF国";
        CharSet set = CharSet.of(chars);
        BitSet expected = new BitSet();
        chars.chars().forEach(expected::set);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(set.contains((char) c)).as("U+%04X", c).isEqualTo(expected.get(c));
        }
        CharSet copy = CharSet.of(expected);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(copy.contains((char) c)).isEqualTo(expected.get(c));
        }
    }
}
