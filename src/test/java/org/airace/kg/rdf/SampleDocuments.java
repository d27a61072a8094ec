package org.airace.kg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.resolve.Entity;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.airace.kg.source.PartialDate;

/** Hand-built resolved documents over short texts written for these tests. */
final class SampleDocuments {

    static final String DOC_ID = "5f3a9c0e11d2";

    /** A Traditional-script item with a header line, a stated sum, a relative date, a quote and a chip claim. */
    static final String TEXT = "標題：市府加碼人工智慧\n\n"
            + "台北市政府昨日宣布，將投入約5億新台幣（約1600萬美元）培育AI人才。\n"
            + "鴻海董事長劉揚偉說：「我們今年六月會推出自己的模型。」\n"
            + "市府已在三座城市設點。\n"
            + "記者指出，輝達的H100晶片仍受美國出口管制，供貨吃緊。\n";

    static final Entity TAIPEI = new Entity("taipei-city-government", EntityType.GOVERNMENT_BODY, "臺北市政府", "台北市政府",
            "Taipei City Government", List.of("台北市政府", "北市府"), null, "Q865", null);
    static final Entity TAIWAN = new Entity("Q865", EntityType.COUNTRY, "臺灣", "台湾", "Taiwan", List.of(), "Q865", null, null);
    static final Entity USA = new Entity("Q30", EntityType.COUNTRY, "美國", "美国", "United States", List.of(), "Q30", null, null);
    static final Entity FOXCONN = new Entity("foxconn", EntityType.ORGANIZATION, "鴻海", "鸿海", "Foxconn", List.of("鴻海精密"), null,
            "Q865", null);
    static final Entity LIU = new Entity("liu-young-way", EntityType.PERSON, "劉揚偉", "刘扬伟", "Young Liu", List.of(), null, "Q865", null);
    static final Entity NVIDIA = new Entity("Q182477", EntityType.ORGANIZATION, "輝達", "英伟达", "Nvidia", List.of("英偉達"), "Q182477",
            "Q30", null);
    static final Entity H100 = new Entity("nvidia-h100", EntityType.HARDWARE, null, null, "H100", List.of(), null, null, "Q182477");

    private SampleDocuments() {}

    static Span span(String text, String needle) {
        return span(text, needle, 0);
    }

    static Span span(String text, String needle, int from) {
        int b = text.indexOf(needle, from);
        if (b < 0) throw new IllegalArgumentException("not in text: " + needle);
        return new Span(b, b + needle.length());
    }

    static EntityMention mention(String text, String surface, EntityType type) {
        return new EntityMention(span(text, surface), surface, type, "lexicon", null, null);
    }

    static Document document(String text) {
        Metadata md = new Metadata("市府加碼人工智慧", List.of("王小明", "陳美玲"), "測試日報", PartialDate.ofDay(2025, 3, 5),
                "https://news.example.org/a/123", null, List.of("AI"));
        return new Document(DOC_ID, "sample.txt", null, text, md, "UTF-8");
    }

    /** The sample, resolved; {@code reverse} builds the same content with maps filled in reverse order. */
    static ResolvedDocument sample(boolean reverse) {
        String t = TEXT;
        AnnotatedDocument ad = new AnnotatedDocument(document(t));
        EntityMention taipei = mention(t, "台北市政府", EntityType.GOVERNMENT_BODY);
        EntityMention ai = mention(t, "AI", EntityType.AI_MODEL); // resolution drops this one
        EntityMention foxconn = mention(t, "鴻海", EntityType.ORGANIZATION);
        EntityMention liu = mention(t, "劉揚偉", EntityType.PERSON);
        EntityMention nvidia = mention(t, "輝達", EntityType.ORGANIZATION);
        EntityMention h100 = mention(t, "H100", EntityType.HARDWARE);
        EntityMention usa = mention(t, "美國", EntityType.COUNTRY);
        ad.setMentions(List.of(taipei, ai, foxconn, liu, nvidia, h100, usa));

        Quantity money = new Quantity(span(t, "約5億新台幣"), "約5億新台幣", new BigDecimal("500000000"), "TWD", true, null, null, 1,
                span(t, "AI人才"));
        Quantity dollars = new Quantity(span(t, "約1600萬美元"), "約1600萬美元", new BigDecimal("1.6E+7"), "USD", true, null, null, -1, null);
        Quantity cities = new Quantity(span(t, "三座城市"), "三座城市", new BigDecimal("3"), "Count", false, "座", "城市", -1,
                span(t, "台北市政府"));
        ad.setQuantities(List.of(money, dollars, cities));
        ad.setTimes(List.of(
                new TimeExpression(span(t, "今年六月"), "今年六月", PartialDate.ofMonth(2025, 6), true),
                new TimeExpression(span(t, "昨日"), "昨日", PartialDate.ofDay(2025, 3, 4), true)));
        ad.setQuotes(List.of(
                new Quote(span(t, "我們今年六月會推出自己的模型。"), "我們今年六月會推出自己的模型。", "說", span(t, "說："), liu, "劉揚偉", true)));
        Span claimSentence = span(t, "記者指出，輝達的H100晶片仍受美國出口管制，供貨吃緊。");
        ad.setClaims(List.of(new Claim(claimSentence, "ChipConstraint", "出口管制", span(t, "出口管制"), List.of(nvidia, h100, usa), null, "記者")));

        Map<Span, Entity> entities = new LinkedHashMap<>();
        List<Object[]> pairs = new ArrayList<>(List.of(
                new Object[] {taipei, TAIPEI}, new Object[] {foxconn, FOXCONN}, new Object[] {liu, LIU},
                new Object[] {nvidia, NVIDIA}, new Object[] {h100, H100}, new Object[] {usa, USA}));
        if (reverse) java.util.Collections.reverse(pairs);
        for (Object[] p : pairs) entities.put(((EntityMention) p[0]).span(), (Entity) p[1]);
        Map<String, Entity> related = new LinkedHashMap<>();
        related.put(TAIWAN.key(), TAIWAN);
        return new ResolvedDocument(ad, entities, related);
    }
}
