package org.airace.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateEvidenceTest {

    private static SearchHit hit(String label, String type, String text, int rank) {
        return new SearchHit("Q1", label, "", type, "zh", text, rank);
    }

    @Test
    void comparesAcrossScriptsCaseAndNameDots() {
        assertThat(CandidateEvidence.matchKind("黃仁勳", hit("黄仁勋", "label", "黄仁勋", 0))).isEqualTo(CandidateEvidence.EXACT_LABEL);
        assertThat(CandidateEvidence.matchKind("jensen huang", hit("Jensen Huang", "label", "Jensen Huang", 0)))
                .isEqualTo(CandidateEvidence.EXACT_LABEL);
        assertThat(CandidateEvidence.matchKind("丹妮拉·阿莫迪", hit("Daniela Amodei", "alias", "丹妮拉阿莫迪", 0)))
                .isEqualTo(CandidateEvidence.EXACT_ALIAS);
        assertThat(CandidateEvidence.matchKind("輝達", hit("輝達公司", "label", "輝達公司", 0))).isEqualTo(CandidateEvidence.PREFIX);
    }

    @Test
    void keepsTheBestMatchAndRankAndWhichNamesFoundIt() {
        CandidateEvidence ev = new CandidateEvidence();
        ev.record(hit("輝達公司", "label", "輝達公司", 3), "輝達", true);
        assertThat(ev.exact()).isFalse();
        ev.record(hit("Nvidia", "alias", "英偉達", 1), "英偉達", false);
        assertThat(ev.match).isEqualTo(CandidateEvidence.EXACT_ALIAS);
        assertThat(ev.exactFromLabel).isFalse(); // exact only through an other name
        ev.record(hit("英伟达", "label", "英伟达", 0), "英伟达", true);
        assertThat(ev.match).isEqualTo(CandidateEvidence.EXACT_LABEL);
        assertThat(ev.exactFromLabel).isTrue();
        assertThat(ev.bestRank).isZero();
        assertThat(ev.foundBy).hasSize(2); // 英偉達 and 英伟达 are one name
    }
}
