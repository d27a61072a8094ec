package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

/** Latin names no list knows, typed by the context news put them in. */
class LatinOrganisationContextTest {

    @Test
    void latinNamesInAnImageCreditAreOrganisations() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "工廠裡的機械臂正在組裝伺服器。(圖／Kyodo News/statista)\n下一段。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).contains("Kyodo News", "statista");
    }

    @Test
    void creditLabelMustBeSetOff() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "他提到(图灵测试)已不足以衡量 abc 模型。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void twoLetterCreditIsTooAmbiguous() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "晶片產能持續吃緊(下圖 ab/Globex Daily)。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).containsExactly("Globex Daily");
    }

    @Test
    void capitalisedNameAfterAKindOfOrganisationIsThatOrganisation() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "總部位於倫敦的投資公司 Blue Heron 估計，算力需求仍將上升；新創公司Quillbit也跟進。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).contains("Blue Heron", "Quillbit");
    }

    @Test
    void personalNameAfterABylineIsAPerson() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "標題\n作者/Author(s): Laura Whitfield\n正文開始。");
        assertThat(TestSupport.texts(d, EntityType.PERSON)).contains("Laura Whitfield");
    }
}
