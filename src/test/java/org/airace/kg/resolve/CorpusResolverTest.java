package org.airace.kg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.entity.TestSupport;
import org.junit.jupiter.api.Test;

class CorpusResolverTest {

    private final CorpusResolver resolver = new CorpusResolver(TestSupport.lexicon());

    private static Entity entityOf(ResolvedDocument rd, String text) {
        EntityMention m = TestSupport.find(rd.annotated(), text);
        assertThat(m).as("mention " + text).isNotNull();
        return rd.entityOf(m);
    }

    @Test
    void traditionalAndSimplifiedMentionsMergeAcrossDocuments() {
        AnnotatedDocument a = TestSupport.annotate("a.txt", "習近平昨天會見外賓。");
        AnnotatedDocument b = TestSupport.annotate("b.txt", "习近平今天出席会议。");
        List<ResolvedDocument> rs = resolver.resolve(List.of(a, b));
        Entity ea = entityOf(rs.get(0), "習近平");
        Entity eb = entityOf(rs.get(1), "习近平");
        assertThat(ea).isEqualTo(eb);
        assertThat(ea.key()).isEqualTo("Q15031");
        assertThat(ea.labelHant()).isEqualTo("習近平");
        assertThat(ea.labelHans()).isEqualTo("习近平");
        assertThat(ea.labelEn()).isEqualTo("Xi Jinping");
        assertThat(ea.countryKey()).isEqualTo("Q148");
        assertThat(rs.get(0).related()).containsKey("Q148");
    }

    @Test
    void twoTransliterationsTiedByOneEnglishName() {
        AnnotatedDocument a = TestSupport.annotate("a.txt", "研究員葛瑞森(Tom Grayson)指出，市場仍在成長。");
        AnnotatedDocument b = TestSupport.annotate("b.txt", "研究員格雷森(Tom Grayson)認為風險升高。");
        List<ResolvedDocument> rs = resolver.resolve(List.of(a, b));
        Entity ea = entityOf(rs.get(0), "葛瑞森");
        Entity eb = entityOf(rs.get(1), "格雷森");
        assertThat(ea.key()).isEqualTo(eb.key());
        assertThat(ea.key()).isEqualTo(ResolutionKeys.ofName(EntityType.PERSON, "tomgrayson"));
        assertThat(ea.labelEn()).isEqualTo("Tom Grayson");
        List<String> names = new ArrayList<>(ea.aliases());
        names.add(ea.labelHant());
        assertThat(names).contains("葛瑞森", "格雷森");
    }

    @Test
    void governmentOfficialsAndAuthoritiesOfOnePolityAreOneBody() {
        AnnotatedDocument a = TestSupport.annotate("a.txt", "希臘政府宣布補助計畫，希臘官方也呼籲企業配合。");
        List<ResolvedDocument> rs = resolver.resolve(List.of(a));
        assertThat(entityOf(rs.get(0), "希臘官方")).isEqualTo(entityOf(rs.get(0), "希臘政府"));
        AnnotatedDocument b = TestSupport.annotate("b.txt", "希臘政府與土耳其政府會談。");
        List<ResolvedDocument> rb = resolver.resolve(List.of(b));
        assertThat(entityOf(rb.get(0), "希臘政府")).isNotEqualTo(entityOf(rb.get(0), "土耳其政府"));
    }

    @Test
    void shortFormJoinsTheFullNameInOneDocument() {
        AnnotatedDocument a = TestSupport.annotate("a.txt", "執行長傑森·莫里斯表示產品將延後，之後莫里斯再次受訪。");
        ResolvedDocument r = resolver.resolve(List.of(a)).get(0);
        assertThat(entityOf(r, "莫里斯")).isEqualTo(entityOf(r, "傑森·莫里斯"));
        assertThat(entityOf(r, "莫里斯").labelHant()).isEqualTo("傑森·莫里斯");
    }

    @Test
    void companyAndShortNameThroughLexiconAliases() {
        AnnotatedDocument a = TestSupport.annotate("a.txt", "阿里巴巴公布財報。");
        AnnotatedDocument b = TestSupport.annotate("b.txt", "阿里则加大云计算投入。");
        List<ResolvedDocument> rs = resolver.resolve(List.of(a, b));
        assertThat(entityOf(rs.get(0), "阿里巴巴").key()).isEqualTo("Q1359568");
        assertThat(entityOf(rs.get(1), "阿里").key()).isEqualTo("Q1359568");
    }

    @Test
    void modelAndMakerStayApart() {
        AnnotatedDocument a = TestSupport.annotate("a.txt", "DeepSeek公司表示，使用者可以下載DeepSeek。");
        ResolvedDocument r = resolver.resolve(List.of(a)).get(0);
        List<EntityMention> ds = a.mentions().stream().filter(m -> m.text().equals("DeepSeek")).toList();
        assertThat(ds).hasSize(2);
        Entity org = r.entityOf(ds.get(0));
        Entity model = r.entityOf(ds.get(1));
        assertThat(org.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(model.type()).isEqualTo(EntityType.AI_MODEL);
        assertThat(org.key()).isNotEqualTo(model.key());
        assertThat(model.makerKey()).isEqualTo(org.key());
    }

    @Test
    void resultDoesNotDependOnDocumentOrder() {
        List<AnnotatedDocument> docs = new ArrayList<>(List.of(
                TestSupport.annotate("a.txt", "研究員葛瑞森(Tom Grayson)指出，中國政府增加補貼。"),
                TestSupport.annotate("b.txt", "研究員格雷森(Tom Grayson)認為，中国政府会继续支持。"),
                TestSupport.annotate("c.txt", "發言人陳志明說明原因，執行長傑森·莫里斯表示同意。")));
        Map<String, Set<String>> first = snapshot(resolver.resolve(docs));
        Collections.reverse(docs);
        Map<String, Set<String>> second = snapshot(resolver.resolve(docs));
        assertThat(second).isEqualTo(first);
        assertThat(first).isNotEmpty();
    }

    /** For each document: the keys and labels of the entities it mentions. */
    private static Map<String, Set<String>> snapshot(List<ResolvedDocument> rs) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (ResolvedDocument r : rs) {
            Set<String> s = new HashSet<>();
            for (Map.Entry<org.airace.kg.annotate.Span, Entity> e : r.entities().entrySet()) {
                Entity en = e.getValue();
                s.add(e.getKey() + "=" + en.key() + "|" + en.labelHant() + "|" + en.labelHans() + "|" + en.labelEn() + "|" + en.aliases());
            }
            out.put(r.annotated().document().fileName(), s);
        }
        return out;
    }
}
