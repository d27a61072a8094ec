package org.airace.kg.annotate.quote;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Span;

/**
 * Test-only stand-in for the real entity annotator (written elsewhere): HanLP's person, place and
 * organisation recognisers on the Simplified view, capitalised Latin names, and a handful of
 * domain names. Crude on purpose; it only has to be good enough to measure quotes and claims.
 */
public final class StandInMentions {

    private static final Map<String, EntityType> DOMAIN = Map.ofEntries(
            Map.entry("DeepSeek", EntityType.ORGANIZATION), Map.entry("OpenAI", EntityType.ORGANIZATION),
            Map.entry("Qwen", EntityType.AI_MODEL), Map.entry("通义千问", EntityType.AI_MODEL),
            Map.entry("ChatGPT", EntityType.AI_MODEL), Map.entry("文心一言", EntityType.AI_MODEL),
            Map.entry("中国", EntityType.COUNTRY), Map.entry("美国", EntityType.COUNTRY),
            Map.entry("台湾", EntityType.COUNTRY), Map.entry("北京", EntityType.PLACE),
            Map.entry("华盛顿", EntityType.PLACE), Map.entry("中共", EntityType.ORGANIZATION),
            Map.entry("国务院", EntityType.GOVERNMENT_BODY), Map.entry("外交部", EntityType.GOVERNMENT_BODY),
            Map.entry("阿里巴巴", EntityType.ORGANIZATION), Map.entry("百度", EntityType.ORGANIZATION),
            Map.entry("华为", EntityType.ORGANIZATION), Map.entry("美国之音", EntityType.ORGANIZATION));

    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*");

    private StandInMentions() {}

    public static void fill(AnnotatedDocument doc) {
        String n = doc.text().normalized();
        List<EntityMention> out = new ArrayList<>();
        boolean[] taken = new boolean[n.length() + 1];
        for (Map.Entry<String, EntityType> e : DOMAIN.entrySet()) {
            int k = n.indexOf(e.getKey());
            while (k >= 0) {
                add(doc, out, taken, k, k + e.getKey().length(), e.getValue(), "lexicon");
                k = n.indexOf(e.getKey(), k + 1);
            }
        }
        Segment seg = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true);
        for (Term t : seg.seg(n)) {
            String nature = t.nature.toString();
            EntityType type = null;
            if (nature.startsWith("nr") && t.word.length() >= 2) type = EntityType.PERSON;
            else if (nature.startsWith("nt") && t.word.length() >= 3) type = EntityType.ORGANIZATION;
            else if (nature.startsWith("ns") && t.word.length() >= 2) type = EntityType.PLACE;
            if (type != null) {
                add(doc, out, taken, t.offset, t.offset + t.word.length(), type, "hanlp");
            }
        }
        Matcher m = LATIN_NAME.matcher(n);
        while (m.find()) {
            if (m.group().length() >= 3) {
                add(doc, out, taken, m.start(), m.end(), EntityType.ORGANIZATION, "pattern");
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        doc.setMentions(out);
    }

    private static void add(AnnotatedDocument doc, List<EntityMention> out, boolean[] taken, int b, int e, EntityType type, String origin) {
        for (int i = b; i < e; i++) {
            if (taken[i]) return;
        }
        for (int i = b; i < e; i++) taken[i] = true;
        out.add(new EntityMention(new Span(b, e), doc.text().slice(b, e), type, origin, null, null));
    }
}
