package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

class LexiconMatcherTest {

    @Test
    void loadsEntriesFromFolder() {
        Lexicon lex = TestSupport.lexicon();
        assertThat(lex.size()).isGreaterThanOrEqualTo(12);
        assertThat(lex.get("xi-jinping").qid()).isEqualTo("Q15031");
        assertThat(lex.get("deepseek-r1").entityType()).isEqualTo(EntityType.AI_MODEL);
    }

    @Test
    void loadsFromTheClasspathAndReportsAbsence() {
        Lexicon fromClasspath = Lexicon.fromClasspath("lexicon-test");
        assertThat(fromClasspath).isNotNull();
        assertThat(fromClasspath.size()).isEqualTo(TestSupport.lexicon().size());
        assertThat(Lexicon.fromClasspath("no-such-folder")).isNull();
    }

    @Test
    void matchesTraditionalAndSimplifiedFormsOfOneEntry() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "輝達的股價上漲，英伟达随后发布声明。");
        assertThat(d.mentions()).extracting(EntityMention::lexiconId).containsExactly("nvidia", "nvidia");
        assertThat(d.mentions()).extracting(EntityMention::text).containsExactly("輝達", "英伟达");
    }

    @Test
    void longestMatchWins() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "該實驗室發布了DeepSeek R1，引起關注。");
        EntityMention m = TestSupport.find(d, "DeepSeek R1");
        assertThat(m).isNotNull();
        assertThat(m.lexiconId()).isEqualTo("deepseek-r1");
        assertThat(TestSupport.find(d, "DeepSeek")).isNull();
    }

    @Test
    void latinAliasesOnlyAtWordBoundaries() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "The USB port and US policy were discussed.");
        List<String> texts = d.mentions().stream().map(EntityMention::text).toList();
        assertThat(texts).contains("US");
        assertThat(d.mentions()).noneMatch(m -> m.span().begin() == 4);
    }

    @Test
    void caseSensitiveEntriesNeedTheirCasing() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "他說meta分析顯示，Meta則加碼投資。");
        assertThat(d.mentions()).filteredOn(m -> "meta".equals(m.lexiconId()))
                .extracting(EntityMention::text).containsExactly("Meta");
    }

    @Test
    void sharedNameIsModelOrMakerByContext() {
        AnnotatedDocument d = TestSupport.annotate("t.txt",
                "許多工程師下載DeepSeek試用，DeepSeek公司則擴大招聘，DeepSeek模型的表現也受到好評。");
        List<EntityMention> ds = d.mentions().stream().filter(m -> m.text().equals("DeepSeek")).toList();
        assertThat(ds).extracting(EntityMention::lexiconId).containsExactly("deepseek-models", "deepseek", "deepseek-models");
        assertThat(ds).extracting(EntityMention::type)
                .containsExactly(EntityType.AI_MODEL, EntityType.ORGANIZATION, EntityType.AI_MODEL);
    }

    @Test
    void sharedNameListedWithAModelIsTheModel() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "排行榜上，ChatGPT、DeepSeek名列前茅。");
        assertThat(TestSupport.find(d, "DeepSeek").type()).isEqualTo(EntityType.AI_MODEL);
    }

    @Test
    void countryAliasEndingInGovernmentIsNotTheCountry() {
        Lexicon lex = new Lexicon(java.util.List.of(new LexiconEntry("x-land", "Country", "Xland", null, "希兰", java.util.List.of("希兰政府"),
                null, null, null, false, false, "test")));
        EntityAnnotator a = new EntityAnnotator(lex);
        java.util.List<EntityMention> ms = a.recognize(new org.airace.kg.text.TextView("希兰政府宣布新规。"));
        assertThat(ms).extracting(EntityMention::type).containsExactly(EntityType.GOVERNMENT_BODY);
    }

    @Test
    void defaultsToTheOrganisation() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "分析師認為DeepSeek改變了產業。");
        assertThat(TestSupport.find(d, "DeepSeek").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
