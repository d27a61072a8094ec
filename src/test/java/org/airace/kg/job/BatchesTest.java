package org.airace.kg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Batches keep the order, lose nothing, fill up to the budget, and leave every thread several of a small corpus. */
class BatchesTest {

    @Test
    void batchesKeepEveryItemInOrderAndCloseOnceTheyHoldTheirShare() {
        Random random = new Random(4);
        for (int round = 0; round < 200; round++) {
            List<Long> sizes = new ArrayList<>();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) sizes.add((long) random.nextInt(random.nextBoolean() ? 20_000 : 400_000));
            int threads = 1 + random.nextInt(4);
            List<List<Long>> batches = Batches.of(sizes, Long::longValue, threads);

            assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(sizes);
            assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty());
            long total = sizes.stream().mapToLong(Long::longValue).sum();
            long target = Math.max(1, Math.min(Batches.BUDGET_BYTES, total / (threads * 4L)));
            for (int i = 0; i < batches.size(); i++) {
                List<Long> b = batches.get(i);
                long filled = b.stream().mapToLong(Long::longValue).sum();
                long beforeLast = filled - b.get(b.size() - 1);
                assertThat(beforeLast).as("a batch closes as soon as it holds its share").isLessThan(target);
                if (i < batches.size() - 1 && batches.get(i + 1).get(0) < target) {
                    assertThat(filled).as("closed early only before a file as big as a batch").isGreaterThanOrEqualTo(target);
                }
                if (b.size() > 1) assertThat(b.subList(1, b.size())).allSatisfy(s -> assertThat(s).isLessThan(target));
            }
        }
    }

    @Test
    void aSmallCorpusStillGivesEveryThreadSeveralBatches() {
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < 40; i++) sizes.add(5_000L);
        assertThat(Batches.of(sizes, Long::longValue, 2)).hasSize(8);
        assertThat(Batches.of(sizes, Long::longValue, 1)).hasSize(4);
    }

    @Test
    void aLargeCorpusIsCutByTheBudgetAndABigFileIsABatchOfItsOwn() {
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) sizes.add(8_000L);
        sizes.add(500, 50_000_000L);
        List<List<Long>> batches = Batches.of(sizes, Long::longValue, 2);
        assertThat(batches).anySatisfy(b -> assertThat(b).containsExactly(50_000_000L));
        assertThat(batches.get(0)).hasSize((int) (Batches.BUDGET_BYTES / 8_000) + 1);
    }
}
