package org.airace.kg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class AIRIDTest {

    @Test
    void spansAndKindsMakeDistinctReadableIris() {
        assertThat(AIRID.source("ab12")).isEqualTo("https://w3id.org/airace/id/source/ab12");
        assertThat(AIRID.mention("ab12", 3, 7)).isEqualTo("https://w3id.org/airace/id/source/ab12/mention/3-7");
        assertThat(AIRID.quantity("ab12", 3, 7)).isNotEqualTo(AIRID.time("ab12", 3, 7));
        assertThat(AIRID.claim("ab12", 0, 9, "Subsidy")).endsWith("/claim/0-9/Subsidy");
        assertThat(AIRID.run("0.1.0", "d1g")).isEqualTo("https://w3id.org/airace/id/run/0.1.0/d1g");
    }

    @Test
    void keysAreEncodedReversiblyAndStayValidIris() {
        assertThat(AIRID.entity("輝達")).isEqualTo("https://w3id.org/airace/id/entity/輝達");
        assertThat(AIRID.entity("a b/c")).isEqualTo("https://w3id.org/airace/id/entity/a%20b%2Fc");
        assertThat(AIRID.entity("a/b")).isNotEqualTo(AIRID.entity("a%2Fb"));
        for (String key : new String[] {"輝達", "a b/c", "x#y?z", "Q15031", "國家發展委員會（國發會）"}) {
            IRIx iri = IRIx.create(AIRID.entity(key));
            assertThat(iri.isAbsolute()).isTrue();
            assertThat(iri.hasViolations()).as(key).isFalse();
        }
        assertThatThrownBy(() -> AIRID.entity("")).isInstanceOf(IllegalArgumentException.class);
    }
}
