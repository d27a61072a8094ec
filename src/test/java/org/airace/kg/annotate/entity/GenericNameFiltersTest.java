package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

/** Generic phrases that look like names: HanLP person guesses, suffix names with a generic modifier. */
class GenericNameFiltersTest {

    @Test
    void surnameCharBeforeAParticleIsNoPerson() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "地方政府只好再借更多錢來補貼工廠。");
        assertThat(TestSupport.texts(d, EntityType.PERSON)).isEmpty();
    }

    @Test
    void genericModifierBeforeTechnologyIsNoCompany() {
        AnnotatedDocument d = TestSupport.annotate("t.txt", "新一代科技浪潮正在改變製造業。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).isEmpty();
    }
}
