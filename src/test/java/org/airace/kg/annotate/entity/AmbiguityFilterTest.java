package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

/** Ambiguous lexicon forms need evidence of use as a name; concepts yield no mention. */
class AmbiguityFilterTest {


    @Test
    void commonWordFormIsDroppedWithoutEvidence() {
        AnnotatedDocument d = TestSupport.annotateShipped("輝達的新晶片將推動科學研究與自然語言處理的進展。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).doesNotContain("科學", "自然");
    }

    @Test
    void titleMarksMakeTheJournalAName() {
        AnnotatedDocument d = TestSupport.annotateShipped("一篇刊登在《科學》的論文說，模型的能耗正在下降。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).contains("科學");
    }

    @Test
    void ambiguousAliasCountsWhenTheEntityIsNamedPlainlyElsewhere() {
        AnnotatedDocument plain = TestSupport.annotateShipped("他說要把國家實驗室的算力開放給民間。");
        assertThat(TestSupport.texts(plain, EntityType.ORGANIZATION)).doesNotContain("國家實驗室");
        AnnotatedDocument named = TestSupport.annotateShipped("美國國家實驗室擁有超級電腦；國家實驗室也將開放算力。");
        assertThat(named.mentions()).filteredOn(m -> m.text().equals("國家實驗室")).isNotEmpty();
    }

    @Test
    void parenthesisedGlossSupportsACompanyName() {
        AnnotatedDocument d = TestSupport.annotateShipped("當年蘋果（Apple）以封閉生態稱霸手機市場。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).contains("蘋果");
        AnnotatedDocument fruit = TestSupport.annotateShipped("市場上的蘋果價格今年上漲了。");
        assertThat(TestSupport.texts(fruit, EntityType.ORGANIZATION)).doesNotContain("蘋果");
    }

    @Test
    void governmentBodyFormIsKeptEvenWhenTheStateIsUnstated() {
        AnnotatedDocument d = TestSupport.annotateShipped("國務院上週公布新規，要求各部委配合。");
        assertThat(TestSupport.texts(d, EntityType.GOVERNMENT_BODY)).contains("國務院");
    }

    @Test
    void conceptEntriesYieldNoMention() {
        AnnotatedDocument d = TestSupport.annotateShipped("各國在AI競賽中爭相興建數據中心，強調發展主權AI。");
        assertThat(d.mentions()).extracting(m -> m.text()).doesNotContain("AI競賽", "數據中心", "主權AI", "AI");
    }

    @Test
    void otherMiddleDotsFoldToTheLexiconDot() {
        AnnotatedDocument d = TestSupport.annotateShipped("分析師指出，大衛‧薩克斯主張放寬出口。");
        assertThat(d.mentions()).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(m -> m.lexiconId()).contains("david-sacks");
    }
}
