package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

class EntityPatternsTest {

    @Test
    void latinModelNamesWithVersions() {
        AnnotatedDocument d = TestSupport.annotate("t.txt",
                "測試中，Qwen2.5-Max與GLM-4.5表現接近，Kimi K2和Llama 3.1 405B稍弱，但COVID-19期間的數據不算，Vision 2030年也不算。");
        assertThat(TestSupport.texts(d, EntityType.AI_MODEL))
                .containsExactly("Qwen2.5-Max", "GLM-4.5", "Kimi K2", "Llama 3.1 405B");
    }

    @Test
    void quotedPolicyAndProgrammeNames() {
        AnnotatedDocument d = TestSupport.annotate("t.txt",
                "政府推出「數位轉型」計畫，又公布「綠色能源倡議」，立法院審議《資料保護法》，書店賣《三體》。");
        assertThat(TestSupport.texts(d, EntityType.POLICY)).containsExactly("數位轉型", "綠色能源倡議", "資料保護法");
    }

    @Test
    void governmentBodies() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "日本外交部與國務院官員會面，川普政府和中國政府都表示關注。");
        assertThat(TestSupport.texts(d, EntityType.GOVERNMENT_BODY)).contains("日本外交部", "國務院", "川普政府", "中國政府");
    }

    @Test
    void englishNameInParenthesesJoinsTheMention() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "研究員葛瑞森(Tom Grayson)指出，市場仍在成長。");
        EntityMention zh = TestSupport.find(d, "葛瑞森");
        assertThat(zh).isNotNull();
        assertThat(zh.type()).isEqualTo(EntityType.PERSON);
        assertThat(zh.englishName()).isEqualTo("Tom Grayson");
        EntityMention en = TestSupport.find(d, "Tom Grayson");
        assertThat(en.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void organisationsNamedWithSuffix() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "這家公司與哈佛大學合作，另一家晶片公司則沒有回應。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).containsExactly("哈佛大學");
    }

    @Test
    void peopleWithRolesAndDottedNames() {
        AnnotatedDocument d = TestSupport.annotate("t.txt",
                "執行長傑森·莫里斯表示產品將延後，發言人陳志明說明原因，之後莫里斯再次受訪。");
        assertThat(TestSupport.texts(d, EntityType.PERSON)).containsExactly("傑森·莫里斯", "陳志明", "莫里斯");
        EntityMention shortForm = d.mentions().get(d.mentions().size() - 1);
        assertThat(shortForm.origin()).isEqualTo("coref");
    }

    @Test
    void latinNamesByWhatFollowsThem() {
        AnnotatedDocument d = TestSupport.annotate("t.txt",
                "Laura Becker表示，Brightwave公司與Northbridge Research Institute合作，Open Weights則是另一回事。");
        assertThat(TestSupport.texts(d, EntityType.PERSON)).containsExactly("Laura Becker");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).containsExactly("Brightwave", "Northbridge Research Institute");
    }

    @Test
    void knownCountriesAreCountries() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "巴西和肯亞的代表抵達北京。");
        assertThat(TestSupport.texts(d, EntityType.COUNTRY)).containsExactly("巴西", "肯亞");
        assertThat(TestSupport.texts(d, EntityType.PLACE)).containsExactly("北京");
    }
}
