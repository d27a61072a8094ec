package org.airace.kg.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reporting cues added for recall, each with the ordinary uses of the same word that are not speech. */
class ReportingCueCoverageTest {

    private static QuoteAnnotator annotator;

    private static final String[] NAMES = {"商务部", "Organization", "周明", "Person", "哈佛大学", "Organization",
        "路透社", "Organization", "刘洋", "Person", "英伟达", "Organization", "高盛", "Organization", "马斯克", "Person"};

    @BeforeAll
    static void load() {
        annotator = QuoteAnnotator.load();
    }

    private static List<Quote> quotes(String text) {
        AnnotatedDocument doc = HandDocs.doc(text, NAMES);
        annotator.annotate(doc);
        return doc.quotes();
    }

    private static String speakerOf(Quote q) {
        return q.speaker() != null ? q.speaker().text() : q.speakerText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            美国商务部要求英伟达停止向中国出货高端芯片。             | 商务部   | 要求     | 英伟达停止向中国出货高端芯片
            周明在上周的东京论坛发表，日本愿意加入联合研发计划。       | 周明     | 发表     | 日本愿意加入联合研发计划
            周明在演讲中描绘了机器人走进千家万户的图景。             | 周明     | 描绘了   | 机器人走进千家万户的图景
            刘洋在发布会上大谈，国产算力已经可以自给自足。           | 刘洋     | 大谈     | 国产算力已经可以自给自足
            哈佛大学的报告显示，七成企业已部署生成式模型。           | 哈佛大学 | 显示     | 七成企业已部署生成式模型
            哈佛大学的调查发现，多数学生每天使用聊天机器人。         | 哈佛大学 | 调查发现 | 多数学生每天使用聊天机器人
            正如刘洋所言，芯片禁令反而催生了本土替代。               | 刘洋     | 所言     | 芯片禁令反而催生了本土替代
            用马斯克的话来说，人工智能比核武器更危险。               | 马斯克   | 的话来说 | 人工智能比核武器更危险
            英伟达否认该公司向中东转运受管制的产品。                 | 英伟达   | 否认     | 该公司向中东转运受管制的产品
            高盛估计，数据中心的耗电量将在五年内翻倍。               | 高盛     | 估计     | 数据中心的耗电量将在五年内翻倍
            刘洋质疑这项补贴政策能否真正惠及小企业。                 | 刘洋     | 质疑     | 这项补贴政策能否真正惠及小企业
            据周明介绍，新的训练集群上个月已经投入使用。             | 周明     | 介绍     | 新的训练集群上个月已经投入使用
            商务部指称英伟达的芯片存在安全隐患。                     | 商务部   | 指称     | 英伟达的芯片存在安全隐患
            在刘洋看来，开源是追赶对手的捷径。                       | 刘洋     | 看来     | 开源是追赶对手的捷径
            周明在会上提出，各国应共同制定模型安全标准。             | 周明     | 提出     | 各国应共同制定模型安全标准
            刘洋形容这场价格战是一场消耗战。                         | 刘洋     | 形容     | 这场价格战是一场消耗战
            哈佛大学的研究表明，小模型在特定任务上毫不逊色。         | 哈佛大学 | 表明     | 小模型在特定任务上毫不逊色
            """)
    void newCueReportsSpeech(String text, String speaker, String cue, String words) {
        List<Quote> found = quotes(text);
        assertThat(found).hasSize(1);
        assertThat(speakerOf(found.get(0))).isEqualTo(speaker);
        assertThat(found.get(0).cue()).isEqualTo(cue);
        assertThat(found.get(0).text()).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "这款芯片完全符合要求，性能也达到了设计目标。",
        "出口许可的技术要求很高，小企业难以达到。",
        "周明发表了一篇关于量子计算的论文。",
        "周明的论文发表在顶级期刊上。",
        "这幅画描绘的是清晨的港口。",
        "屏幕上显示的数字一直在跳动。",
        "该指数显示市场仍然疲软。",
        "一项调查显示出消费者的担忧。",
        "刘洋所说的话并不可信。",
        "这一点不可否认，算力就是生产力。",
        "我们保守估计需要三年时间。",
        "该方案遭到质疑后被撤回。",
        "全面宣布改革只是第一步。",
        "周明做了简单的自我介绍，随后离开了会场。",
        "看来这个计划已经没有希望了。",
        "这个方案最早由周明提出。",
        "这种感觉难以形容。",
        "上市公司必须遵守信息披露规则。",
        "外交部再次表明立场。",
        "这让人觉得很不安。",
        "没有人能说清楚她是否认识对方。"
    })
    void ordinaryUsesOfTheSameWordsAreNotQuotes(String text) {
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void nameUnknownToTheEntityLayerSpeaksAndIsThePronounsAntecedent() {
        List<Quote> found = quotes("康纳斯说，开源模型正在改变全球的竞争格局。他还说，小国也能从中受益。");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).speakerText()).isEqualTo("康纳斯");
        assertThat(found.get(1).speakerText()).isEqualTo("康纳斯");
    }

    @Test
    void capitalisedLatinNameSpeaksForACueThatNeedsAName() {
        List<Quote> found = quotes("Acme 发现这款国产模型的响应速度快得多。");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speakerText()).isEqualTo("Acme");
    }

    @Test
    void predicateWordsBeforeACueAreNotAName() {
        assertThat(new UnknownName(2, 4).looksLikeName("全面")).isFalse();
        assertThat(new UnknownName(2, 4).looksLikeName("积极")).isFalse();
        assertThat(new UnknownName(2, 4).looksLikeName("康纳斯")).isTrue();
    }

    @Test
    void speakerCitedInsideAnotherReportIsNotThePronounsAntecedent() {
        List<Quote> found = quotes("周明表示，正如马斯克所说，算力决定一切。他还说，模型会越来越便宜。");
        assertThat(found).extracting(ReportingCueCoverageTest::speakerOf).last().isEqualTo("周明");
    }

    @Test
    void quotedGroundsAreTheWordsOfTheClauseSubject() {
        List<Quote> found = quotes("去年，商务部以“维护国家安全”为由，限制了数款芯片的出口。");
        assertThat(found).hasSize(1);
        assertThat(speakerOf(found.get(0))).isEqualTo("商务部");
        assertThat(found.get(0).text()).isEqualTo("维护国家安全");
        assertThat(found.get(0).direct()).isTrue();
    }

    @Test
    void unquotedGroundsAreTheReportersSummary() {
        assertThat(quotes("商务部以国家安全为由限制了数款芯片的出口。")).isEmpty();
    }

    @Test
    void subjectlessClauseTakesTheSubjectOfItsTopicChain() {
        List<Quote> found = quotes("去年秋天过后，周明重新回到公司，在董事会上连续发言，最后宣布公司将全面转向开源。");
        assertThat(found).hasSize(1);
        assertThat(speakerOf(found.get(0))).isEqualTo("周明");
        assertThat(found.get(0).text()).isEqualTo("公司将全面转向开源");
    }

    @Test
    void subjectlessClauseWithoutASpeakerInItsChainIsNoQuote() {
        assertThat(quotes("价格一路下跌，市场陷入混乱，最后全面宣布暂停交易。")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jensen Huang said the export rules had cost the company billions.       | Jensen Huang | said      | the export rules had cost the company billions
            Mark Chen wrote that open models would close the gap within a year.     | Mark Chen    | wrote     | that open models would close the gap within a year
            Lina Park argued that compute was no longer the main constraint.        | Lina Park    | argued that | compute was no longer the main constraint
            """)
    void englishReportedSpeechInAMixedArticle(String text, String speaker, String cue, String words) {
        List<Quote> found = quotes(text);
        assertThat(found).hasSize(1);
        assertThat(speakerOf(found.get(0))).isEqualTo(speaker);
        assertThat(found.get(0).cue()).isEqualTo(cue);
        assertThat(found.get(0).text()).isEqualTo(words);
    }

    @Test
    void englishQuoteBeforeItsSpeaker() {
        List<Quote> found = quotes("\u201cWe are not slowing down,\u201d Sam Lee said.");
        assertThat(found).hasSize(1);
        assertThat(speakerOf(found.get(0))).isEqualTo("Sam Lee");
        assertThat(found.get(0).text()).isEqualTo("We are not slowing down");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The said agreement was never signed by either party.",
        "Much has been said about the chip shortage this year.",
        "Critics called the unsaid rules a hidden barrier."
    })
    void englishWordsThatAreNotReports(String text) {
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void sourceAfterAccordingTo() {
        List<Quote> found = quotes("According to Bloomberg News, the lab spent less than ten million dollars on training.");
        assertThat(found).hasSize(1);
        assertThat(speakerOf(found.get(0))).isEqualTo("Bloomberg News");
        assertThat(found.get(0).text()).isEqualTo("the lab spent less than ten million dollars on training");
    }

    @Test
    void sourceInsideGenJuSayingFrame() {
        List<Quote> found = quotes("根据周明的说法，这批芯片下个月就能交付。");
        assertThat(found).hasSize(1);
        assertThat(speakerOf(found.get(0))).isEqualTo("周明");
        assertThat(found.get(0).text()).isEqualTo("这批芯片下个月就能交付");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "According to the plan, the new cluster opens next spring.",
        "根据计划，新的数据中心明年投入使用。"
    })
    void planOrScheduleIsNoSource(String text) {
        assertThat(quotes(text)).isEmpty();
    }
}

