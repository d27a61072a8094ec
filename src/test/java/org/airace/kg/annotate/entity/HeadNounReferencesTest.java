package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.junit.jupiter.api.Test;

/** A bare head noun takes the entry of the compound built on it in the same text. */
class HeadNounReferencesTest {


    private static String idOf(AnnotatedDocument d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).map(EntityMention::lexiconId).findFirst().orElse(null);
    }

    @Test
    void bareChipWordJoinsTheQualifiedChipTerm() {
        AnnotatedDocument d = TestSupport.annotateShipped("新創公司買不到高階晶片，只好把晶片設計外包。");
        assertThat(idOf(d, "晶片")).isNotNull().isEqualTo(idOf(d, "高階晶片"));
    }

    @Test
    void bareChipWordAloneKeepsItsOwnEntry() {
        AnnotatedDocument d = TestSupport.annotateShipped("這家工廠今年的晶片產量翻倍。");
        assertThat(idOf(d, "晶片")).isNotNull();
        assertThat(idOf(d, "晶片")).isNotEqualTo(idOf(TestSupport.annotateShipped("他們買不到高階晶片，晶片價格上漲。"), "晶片"));
    }

    @Test
    void barePolicyNounJoinsItsCompound() {
        AnnotatedDocument d = TestSupport.annotateShipped("美方擴大晶片出口管制；業者認為出口管制難以持久。");
        assertThat(idOf(d, "出口管制")).isNotNull().isEqualTo(idOf(d, "晶片出口管制"));
    }
}
