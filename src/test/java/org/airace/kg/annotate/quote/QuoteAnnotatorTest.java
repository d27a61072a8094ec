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

class QuoteAnnotatorTest {

    private static QuoteAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = QuoteAnnotator.load();
    }

    private static List<Quote> quotes(AnnotatedDocument doc) {
        annotator.annotate(doc);
        return doc.quotes();
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            华为轮值董事长徐直军表示，公司将继续加大研发投入。 | 徐直军 | 表示 | 公司将继续加大研发投入 | false
            輝達執行長黃仁勳說，中國市場的規模非常龐大。       | 黃仁勳 | 說   | 中國市場的規模非常龐大 | false
            张亚勤接受新华社采访时表示，算力仍是行业的瓶颈。   | 张亚勤 | 表示 | 算力仍是行业的瓶颈     | false
            李开复说：「大模型的价格战才刚刚开始。」           | 李开复 | 说   | 大模型的价格战才刚刚开始 | true
            「我们不会放弃开源路线。」王小川说。               | 王小川 | 说   | 我们不会放弃开源路线   | true
            据路透社报道，该公司计划明年在香港上市。           | 路透社 | 报道 | 该公司计划明年在香港上市 | false
            李四告诉记者：这项技术已经完全成熟。               | 李四   | 告诉 | 这项技术已经完全成熟   | false
            王坚在新书中写道，云计算是新时代的基础设施。       | 王坚   | 写道 | 云计算是新时代的基础设施 | false
            港大教授陈明指，本地人才正在大量流失。             | 陈明   | 指   | 本地人才正在大量流失   | false
            """)
    void findsOneQuoteWithSpeakerCueAndWords(String text, String speaker, String cue, String words, boolean direct) {
        AnnotatedDocument doc = HandDocs.doc(text, "徐直军", "Person", "华为", "Organization", "黃仁勳", "Person", "輝達", "Organization",
                "张亚勤", "Person", "新华社", "Organization", "李开复", "Person", "王小川", "Person", "路透社", "Organization",
                "李四", "Person", "王坚", "Person", "陈明", "Person");
        List<Quote> found = quotes(doc);
        assertThat(found).hasSize(1);
        Quote q = found.get(0);
        assertThat(speaker(q)).isEqualTo(speaker);
        assertThat(q.cue()).isEqualTo(cue);
        assertThat(q.text()).isEqualTo(words);
        assertThat(q.direct()).isEqualTo(direct);
        assertThat(doc.text().slice(q.span().begin(), q.span().end())).isEqualTo(q.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "这部小说讲述了一个机器人的故事。",
        "据说该公司正在进行新一轮融资。",
        "对中国来说，这是一次重大的考验。",
        "他的说法在业内引发了不少争议。",
        "这表示市场需求正在持续下降。",
        "该报告说明了问题的严重程度。",
        "外界关注美国是否认为这一政策有效。",
        "这项技术被认为是下一代的关键。",
        "工程师们试图说服董事会增加投入。",
        "李四指出的问题值得重视，这份报告所指的方向很明确。",
        "该指数显示市场仍然疲软。"
    })
    void ignoresWordsThatOnlyLookLikeCues(String text) {
        assertThat(quotes(HandDocs.doc(text, "美国", "Country"))).isEmpty();
    }

    @Test
    void pronounResolvesToTheLastSpeakerWhenNoOtherPersonIntervenes() {
        AnnotatedDocument doc = HandDocs.doc("王坚表示，云计算是基础设施。他还说，数据是新的石油。", "王坚", "Person");
        List<Quote> found = quotes(doc);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).text()).isEqualTo("数据是新的石油");
        assertThat(found.get(1).speakerText()).isEqualTo("他");
        assertThat(speaker(found.get(1))).isEqualTo("王坚");
        assertThat(found.get(1).speaker().span().begin()).isZero();
    }

    @Test
    void pronounStaysUnresolvedWhenTwoPersonsCouldFit() {
        AnnotatedDocument doc = HandDocs.doc("马化腾与李彦宏在峰会上会面。他说，合作的前景非常广阔。", "马化腾", "Person", "李彦宏", "Person");
        List<Quote> found = quotes(doc);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker()).isNull();
        assertThat(found.get(0).speakerText()).isEqualTo("他");
    }

    @Test
    void unnamedSpeakerKeepsItsWords() {
        List<Quote> found = quotes(HandDocs.doc("分析人士指出，芯片短缺将持续到明年。"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker()).isNull();
        assertThat(found.get(0).speakerText()).isEqualTo("分析人士");
    }

    @Test
    void officerUnknownToTheEntityLayerIsNotReplacedByTheCompany() {
        List<Quote> found = quotes(HandDocs.doc("星河科技首席执行官周八表示，新模型将于下月发布。", "星河科技", "Organization"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker()).isNull();
        assertThat(found.get(0).speakerText()).isEqualTo("星河科技首席执行官周八");
    }

    @Test
    void cueEndingALineIntroducesTheQuoteOnTheNext() {
        List<Quote> found = quotes(HandDocs.doc("吴九在发布会上表示：\n「我们会把价格降到最低。」\n", "吴九", "Person"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("我们会把价格降到最低");
        assertThat(speaker(found.get(0))).isEqualTo("吴九");
        assertThat(found.get(0).direct()).isTrue();
    }

    @Test
    void secondCueInASentenceStartsASecondQuote() {
        List<Quote> found = quotes(HandDocs.doc("张三表示，市场正在复苏，但他也坦言，竞争非常激烈。", "张三", "Person"));
        assertThat(found).extracting(Quote::text).containsExactly("市场正在复苏", "竞争非常激烈");
        assertThat(found).extracting(Quote::cue).containsExactly("表示", "坦言");
        assertThat(found).extracting(QuoteAnnotatorTest::speaker).containsExactly("张三", "张三");
    }

    @Test
    void directQuoteFollowedByMoreWordsGivesTwoQuotes() {
        List<Quote> found = quotes(HandDocs.doc("赵六警告，“补贴不能长久”，地方财政终究难以为继。", "赵六", "Person"));
        assertThat(found).extracting(Quote::text).containsExactly("补贴不能长久", "地方财政终究难以为继");
        assertThat(found).extracting(Quote::direct).containsExactly(true, false);
    }

    @Test
    void cueWordsInsideQuotedWordsAreNotNewReports() {
        List<Quote> found = quotes(HandDocs.doc("孙七说：“我常说，开源会赢。”", "孙七", "Person"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("我常说，开源会赢");
    }
}
