package org.airace.kg.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.annotate.time.TimeAnnotator;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.airace.kg.source.PartialDate;
import org.junit.jupiter.api.Test;

/** The fields beyond value and unit: counted noun, about, conversions, relative flags, offsets in a document. */
class QuantityLayerTest {

    private static final QuantityAnnotator QUANTITIES = new QuantityAnnotator();
    private static final TimeAnnotator TIMES = new TimeAnnotator();

    private static AnnotatedDocument annotate(String text, PartialDate published) {
        Metadata meta = new Metadata(null, List.of(), null, published, null, null, List.of());
        AnnotatedDocument doc = new AnnotatedDocument(new Document("t", "t.txt", null, text, meta, "UTF-8"));
        QUANTITIES.annotate(doc);
        TIMES.annotate(doc);
        return doc;
    }

    @Test
    void countsKeepMeasureWordAndCountedNoun() {
        AnnotatedDocument doc = annotate("報告評估了74 個關鍵技術領域。", null);
        Quantity q = doc.quantities().get(0);
        assertThat(q.measureWord()).isEqualTo("个");
        assertThat(q.counted()).isEqualTo("關鍵技術領域");
        assertThat(doc.text().slice(q.about().begin(), q.about().end())).isEqualTo("關鍵技術領域");
    }

    @Test
    void countedNounSkipsTheModifierBeforeDe() {
        AnnotatedDocument doc = annotate("文章出自兩位智庫的資深研究員，發表於上月", null);
        assertThat(doc.quantities().get(0).counted()).isEqualTo("資深研究員");
    }

    @Test
    void countedNounKeepsTheDigitsOfALatinName() {
        assertThat(annotate("訓練用了2048块H800。", null).quantities().get(0).counted()).isEqualTo("H800");
    }

    @Test
    void moneyIsAboutTheNearestCostWordInItsClause() {
        String text = "公司表示，模型的訓練成本只有600萬美元，遠低於對手。";
        AnnotatedDocument doc = annotate(text, null);
        Quantity q = doc.quantities().get(0);
        assertThat(q.value()).isEqualByComparingTo(new BigDecimal("6000000"));
        assertThat(text.substring(q.about().begin(), q.about().end())).isEqualTo("成本");
    }

    @Test
    void moneyWithoutCueHasNoAbout() {
        assertThat(annotate("他們說是600萬美元。", null).quantities().get(0).about()).isNull();
    }

    @Test
    void conversionsAreLinkedBothWays() {
        List<Quantity> qs = annotate("計畫募集500萬台幣(約16萬美金)來支付開銷", null).quantities();
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).equivalentTo()).isEqualTo(1);
        assertThat(qs.get(1).equivalentTo()).isEqualTo(0);
        assertThat(qs.get(1).approximate()).isTrue();
    }

    @Test
    void unrelatedAmountsAreNotLinked() {
        List<Quantity> qs = annotate("甲公司投資500萬台幣，乙公司投資16萬美金", null).quantities();
        assertThat(qs).extracting(Quantity::equivalentTo).containsOnly(-1);
    }

    @Test
    void spansAreOriginalOffsetsAndTextsOriginalScript() {
        String text = "標題\n第二段：融資達4,000 億美元。";
        Quantity q = annotate(text, null).quantities().get(0);
        assertThat(text.substring(q.span().begin(), q.span().end())).isEqualTo(q.text()).isEqualTo("4,000 億美元");
    }

    @Test
    void relativeFlagsFollowTheText() {
        List<TimeExpression> ts = annotate("2024年3月發布，去年5月更新", PartialDate.parse("2025-02-20")).times();
        assertThat(ts).extracting(TimeExpression::relative).containsExactly(false, true);
        assertThat(ts.get(1).value()).isEqualTo(PartialDate.ofMonth(2024, 5));
    }

    @Test
    void relativeDateWithoutPublicationDateIsRecordedWithoutValue() {
        List<TimeExpression> ts = annotate("去年5月更新", null).times();
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).value()).isNull();
    }
}
