package org.airace.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrespondenceTest {

    private final Correspondence c = Correspondence.load();

    @Test
    void unitsCorrespondAsTheMatchingRulesSay() {
        assertThat(c.unitsCorrespond("USD", "USD")).isTrue();
        assertThat(c.unitsCorrespond("TWD", "USD")).isFalse();
        assertThat(c.unitsCorrespond("Percent", "percent")).isTrue();
        assertThat(c.unitsCorrespond("Count", "count")).isTrue();
        assertThat(c.unitsCorrespond("GigaWatt", "GW")).isTrue();
        assertThat(c.unitsCorrespond("Year", "other:year")).isTrue();
        assertThat(c.unitsCorrespond("Parameter", "other:parameter")).isTrue();
        assertThat(c.unitsCorrespond("Multiple", "year-ratio")).isTrue();
        assertThat(c.unitsCorrespond("Multiple", "other:multiple")).isTrue();
        assertThat(c.unitsCorrespond("Percent", "count")).isFalse();
        assertThat(c.unitsCorrespond("Other", "other:year")).isFalse();
        assertThat(c.unitsCorrespond(null, "count")).isFalse();
    }

    @Test
    void onlyCostAndChipTopicsAreScored() {
        assertThat(c.goldTopicOf("CostConstraint")).isEqualTo("cost");
        assertThat(c.goldTopicOf("ChipConstraint")).isEqualTo("chips");
        assertThat(c.goldTopicOf("TalentFlow")).isNull();
        assertThat(c.isScoredGoldTopic("chips")).isTrue();
        assertThat(c.isScoredGoldTopic("talent")).isFalse();
    }

    @Test
    void namesNormaliseAcrossScriptCaseSpaceAndSeparators() {
        assertThat(NameNormalizer.normalize("習近平")).isEqualTo("习近平");
        assertThat(NameNormalizer.same("Xi Jinping", "xi·jinping")).isTrue();
        assertThat(NameNormalizer.same("Ｄｅｅｐ Seek", "deepseek")).isTrue();
        assertThat(NameNormalizer.same("伊隆・馬斯克", "伊隆马斯克")).isTrue();
        assertThat(NameNormalizer.same("星海", "星海科技")).isFalse();
        assertThat(NameNormalizer.same("", "")).isFalse();
    }
}
