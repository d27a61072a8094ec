package org.airace.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airace.kg.annotate.Span;
import org.airace.kg.text.TextView;
import org.junit.jupiter.api.Test;

class TextLocatorTest {

    private final TextLocator locator = new TextLocator(new TextView("成本下降，訓練成本再降；ＡＩ訓練成本。"));

    @Test
    void findsEveryOccurrenceIncludingOverlappingOnes() {
        assertThat(locator.occurrences("訓練成本")).containsExactly(new Span(5, 9), new Span(14, 18));
        assertThat(locator.occurrences("成本")).hasSize(3);
        assertThat(locator.occurrences("利潤")).isEmpty();
        assertThat(locator.occurrences("")).isEmpty();
    }

    @Test
    void goldTypedInTheOtherScriptOrFullWidthStillLands() {
        assertThat(locator.occurrences("训练成本")).containsExactly(new Span(5, 9), new Span(14, 18));
        assertThat(locator.occurrences("AI训练")).containsExactly(new Span(12, 16));
    }

    @Test
    void overlapMeasures() {
        List<Span> occ = List.of(new Span(0, 10), new Span(20, 30));
        assertThat(TextLocator.overlap(new Span(5, 15), new Span(0, 10))).isEqualTo(5);
        assertThat(TextLocator.bestOverlap(occ, new Span(18, 29))).isEqualTo(9);
        assertThat(TextLocator.overlapsAny(occ, new Span(10, 20))).isFalse();
        // 4 of the shorter span's 8 chars is half: enough; 3 of 8 is not.
        assertThat(TextLocator.overlapsAnyByHalf(occ, new Span(6, 14))).isTrue();
        assertThat(TextLocator.overlapsAnyByHalf(occ, new Span(7, 15))).isFalse();
    }
}
