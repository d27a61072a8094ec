package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityType;
import org.junit.jupiter.api.Test;

/** A campus or branch named by a place belongs to its institution's name. */
class OrganizationBranchTest {


    @Test
    void universityCampusIsOneOrganisation() {
        AnnotatedDocument d = TestSupport.annotateShipped("研究團隊來自加州大學舊金山分校醫學院。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).contains("加州大學舊金山分校");
        assertThat(TestSupport.texts(d, EntityType.PLACE)).doesNotContain("舊金山");
    }

    @Test
    void universityNamedAfterAStateKeepsItsFirstCharacter() {
        AnnotatedDocument d = TestSupport.annotateShipped("他目前任教於內華達大學，專攻選舉研究。");
        assertThat(TestSupport.texts(d, EntityType.ORGANIZATION)).contains("內華達大學");
    }

    @Test
    void placeWithoutBranchWordStaysAPlace() {
        AnnotatedDocument d = TestSupport.annotateShipped("加州大學在舊金山設有實驗室。");
        assertThat(TestSupport.texts(d, EntityType.PLACE)).contains("舊金山");
    }
}
