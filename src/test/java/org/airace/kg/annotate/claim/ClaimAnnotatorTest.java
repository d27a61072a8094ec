package org.airace.kg.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.quote.HandDocs;
import org.airace.kg.annotate.quote.QuoteAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimAnnotatorTest {

    private static ClaimAnnotator claims;
    private static QuoteAnnotator quotes;

    @BeforeAll
    static void load() {
        claims = ClaimAnnotator.load();
        quotes = QuoteAnnotator.load();
    }

    private static List<String> topics(String text, String... names) {
        AnnotatedDocument doc = HandDocs.doc(text, names);
        claims.annotate(doc);
        return doc.claims().stream().map(Claim::topic).toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            中国大模型厂商纷纷降价，掀起一场新的价格战。             | CostConstraint
            美国扩大对华芯片出口管制，高端GPU被禁止销售。             | ChipConstraint
            由于算力不足，国内企业只能在大陆训练较小的模型。          | ChipConstraint
            Chinese labs face export controls on advanced chips.      | ChipConstraint
            The model was trained in China at a fraction of the cost. | CostConstraint
            阿里巴巴开源了多个版本的大模型。                          | OpenWeights
            该应用的下载量在一周内突破一亿次。                        | Adoption
            地方政府为新建的算力中心提供补贴。                        | Subsidy
            解放军正在研究人工智能的军事应用。                        | MilitaryUse
            这些聊天机器人会审查涉及敏感历史的内容。                  | CensorshipPropaganda
            各大公司都在争夺顶尖的人工智能人才。                      | TalentOrData
            """)
    void classifiesSentencesIntoTopics(String sentence, String topic) {
        assertThat(topics(sentence)).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "美国扩大芯片出口管制，影响到欧洲的设备厂商。",
        "这家欧洲公司的训练成本比去年降低了一半。",
        "机会成本是经济学里的基本概念。",
        "今天的天气非常晴朗。"
    })
    void noCostOrChipClaimWithoutAChinaConnectionOrCue(String sentence) {
        assertThat(topics(sentence)).doesNotContain("CostConstraint", "ChipConstraint");
    }

    @Test
    void sentenceCanCarrySeveralTopics() {
        assertThat(topics("受限于芯片禁令，中国企业转向低成本的开源模型。"))
                .contains("ChipConstraint", "CostConstraint", "OpenWeights");
    }

    @Test
    void entityPresentedAsChineseConnectsLaterSentences() {
        AnnotatedDocument doc = HandDocs.doc("中国AI公司智谱发布新模型。\n智谱称其推理成本降低了九成。", "智谱", "Organization");
        quotes.annotate(doc);
        claims.annotate(doc);
        Claim cost = doc.claims().stream().filter(c -> c.topic().equals("CostConstraint")).findFirst().orElseThrow();
        assertThat(doc.text().slice(cost.sentence().begin(), cost.sentence().end())).startsWith("智谱称");
        assertThat(cost.cue()).isEqualTo("成本");
        assertThat(doc.text().slice(cost.cueSpan().begin(), cost.cueSpan().end())).isEqualTo("成本");
        assertThat(cost.about()).extracting(EntityMention::text).containsExactly("智谱");
        assertThat(cost.speaker()).isNotNull();
        assertThat(cost.speaker().text()).isEqualTo("智谱");
    }

    @Test
    void aboutFallsBackToTheParagraphsEarlierSubject() {
        AnnotatedDocument doc = HandDocs.doc("月之暗面是一家中国公司。它的训练成本很低。", "月之暗面", "Organization", "中国", "Country");
        claims.annotate(doc);
        Claim cost = doc.claims().stream().filter(c -> c.topic().equals("CostConstraint")).findFirst().orElseThrow();
        assertThat(cost.sentence().begin()).isEqualTo(doc.text().original().indexOf("它的"));
        assertThat(cost.about()).extracting(EntityMention::text).containsExactly("中国");
        assertThat(cost.speaker()).isNull();
    }

    @Test
    void topicsAreTheSchemesLocalNames() {
        assertThat(claims.topics().topics()).extracting(ClaimTopics.Topic::name).containsExactlyInAnyOrder(
                "CostConstraint", "ChipConstraint", "OpenWeights", "Adoption", "Subsidy", "MilitaryUse",
                "CensorshipPropaganda", "TalentOrData");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "中国的新能源车企陷入价格战，一年内三次降价。",
        "中国多个城市为楼市提供购房补贴，房价仍在下跌。",
        "中国光伏组件的价格跌到了历史低点。"
    })
    void costWordsAboutAnotherIndustryAreNoAiCostClaim(String sentence) {
        assertThat(topics(sentence)).doesNotContain("CostConstraint");
    }

    @Test
    void anotherIndustryNamedBesideAiStillMakesACostClaim() {
        assertThat(topics("中国大模型的价格战比汽车行业的价格战更激烈。")).contains("CostConstraint");
    }

    @Test
    void chinasLeaderConnectsACostSentenceToChina() {
        assertThat(topics("习近平要求用便宜好用的模型改造传统产业。")).contains("CostConstraint");
    }

    @Test
    void aVersionOfAModelTheDocumentCallsChineseIsChinese() {
        String text = "中国AI模型Qwenix在海外走红。\n\n一家欧洲创业公司打算用Qwenix Max压低推理费用。";
        AnnotatedDocument doc = HandDocs.doc(text);
        int first = text.indexOf("Qwenix");
        int version = text.indexOf("Qwenix Max");
        doc.setMentions(List.of(
                new EntityMention(new Span(first, first + 6), "Qwenix", EntityType.AI_MODEL, "lexicon", null, null),
                new EntityMention(new Span(version, version + 10), "Qwenix Max", EntityType.AI_MODEL, "lexicon", null, null)));
        claims.annotate(doc);
        assertThat(doc.claims()).extracting(Claim::topic).contains("CostConstraint");
    }
}

