package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

/** Bans and controls named by the hardware they restrict, without quotation marks. */
class RestrictionPolicyPatternTest {


    @Test
    void hardwarePlusRestrictionWordIsAPolicy() {
        AnnotatedDocument d = TestSupport.annotateShipped("業者預期HBM禁售令明年還會擴大。");
        assertThat(TestSupport.texts(d, EntityType.POLICY)).contains("HBM禁售令");
    }

    @Test
    void imposingCountryAndTargetBelongToTheName() {
        AnnotatedDocument d = TestSupport.annotateShipped("分析師說，美國對華GPU禁令反而刺激了國產替代。");
        assertThat(TestSupport.texts(d, EntityType.POLICY)).contains("美國對華GPU禁令");
    }

    @Test
    void hardwareWithoutRestrictionWordStaysHardware() {
        AnnotatedDocument d = TestSupport.annotateShipped("這批GPU已經運抵機房。");
        assertThat(TestSupport.texts(d, EntityType.POLICY)).isEmpty();
        assertThat(TestSupport.texts(d, EntityType.HARDWARE)).contains("GPU");
    }
}
