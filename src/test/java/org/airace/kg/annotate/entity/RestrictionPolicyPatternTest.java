package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

/** Bans and controls named by the hardware they restrict, without quotation marks. */
class RestrictionPolicyPatternTest {

    private static final EntityAnnotator ANNOTATOR =
            new EntityAnnotator(Lexicon.load(java.nio.file.Paths.get("ontology/lexicon/entities")));

    private static AnnotatedDocument annotate(String text) {
        AnnotatedDocument d = new AnnotatedDocument(TestSupport.document("t.txt", text));
        ANNOTATOR.annotate(d);
        return d;
    }

    @Test
    void hardwarePlusRestrictionWordIsAPolicy() {
        AnnotatedDocument d = annotate("業者預期HBM禁售令明年還會擴大。");
        assertThat(TestSupport.texts(d, EntityType.POLICY)).contains("HBM禁售令");
    }

    @Test
    void imposingCountryAndTargetBelongToTheName() {
        AnnotatedDocument d = annotate("分析師說，美國對華GPU禁令反而刺激了國產替代。");
        assertThat(TestSupport.texts(d, EntityType.POLICY)).contains("美國對華GPU禁令");
    }

    @Test
    void hardwareWithoutRestrictionWordStaysHardware() {
        AnnotatedDocument d = annotate("這批GPU已經運抵機房。");
        assertThat(TestSupport.texts(d, EntityType.POLICY)).isEmpty();
        assertThat(TestSupport.texts(d, EntityType.HARDWARE)).contains("GPU");
    }
}
