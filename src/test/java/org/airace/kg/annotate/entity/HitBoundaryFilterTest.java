package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** A lexicon name that runs on into an ordinary word is no mention of that name. */
class HitBoundaryFilterTest {


    @Test
    void ministryNameInsideTheWordForDepartmentsIsDropped() {
        AnnotatedDocument d = TestSupport.annotateShipped("各國國家安全部門都在評估開源模型的風險。");
        assertThat(d.mentions()).extracting(m -> m.text()).doesNotContain("國家安全部");
        AnnotatedDocument named = TestSupport.annotateShipped("國家安全部發布警示，提醒民眾注意。");
        assertThat(named.mentions()).extracting(m -> m.text()).contains("國家安全部");
    }

    @Test
    void companyNameBeforeASectorWordDescribesTheSector() {
        AnnotatedDocument d = TestSupport.annotateShipped("中國電信巨頭中興通訊去年營收成長。");
        assertThat(d.mentions()).extracting(m -> m.text()).doesNotContain("中國電信");
        AnnotatedDocument firm = TestSupport.annotateShipped("中國電信宣布擴建算力網路。");
        assertThat(firm.mentions()).extracting(m -> m.text()).contains("中國電信");
    }
}
