package org.airace.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void percentilesUseTheNearestRankOfTheSortedSamples() {
        Samples s = new Samples();
        for (int v : new int[] {9, 1, 5, 3, 7, 2, 8, 4, 6, 10})
            s.add(v);
        assertThat(s.median()).isEqualTo(5.0);
        assertThat(s.p95()).isEqualTo(10.0);
        assertThat(s.percentile(10)).isEqualTo(1.0);
    }

    @Test
    void noSamplesGiveNoFigure() {
        assertThat(new Samples().median()).isNaN();
    }
}
