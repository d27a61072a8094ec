package org.airace.kg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class AIRIDTest {

    @Test
    void spansAndKindsMakeDistinctReadableIris() {
        assertThat(AIRID.source("ab12")).isEqualTo("https://w3id.org/airace/id/source/ab12");
        assertThat(AIRID.mention("ab12", 3, 7)).isEqualTo("https://w3id.org/airace/id/source/ab12/mention/0000003-0000007");
        assertThat(AIRID.quantity("ab12", 3, 7)).isNotEqualTo(AIRID.time("ab12", 3, 7));
        assertThat(AIRID.claim("ab12", 0, 9, "Subsidy")).endsWith("/claim/0000000-0000009/Subsidy");
        assertThat(AIRID.run("0.1.0", "d1g")).isEqualTo("https://w3id.org/airace/id/run/0.1.0/d1g");
    }

    /** Saved queries page through quotes and claims by IRI: IRI order must be (begin, end) order. */
    @Test
    void spanIrisOfASourceSortInTextOrder() {
        java.util.Random random = new java.util.Random(42);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int begin = random.nextInt(i % 2 == 0 ? 200 : 9_000_000);
            spans.add(new int[] {begin, begin + 1 + random.nextInt(i % 3 == 0 ? 5 : 50_000)});
        }
        spans.add(new int[] {0, 1});
        spans.add(new int[] {9_999_998, 9_999_999});
        java.util.List<int[]> byIri = new java.util.ArrayList<>(spans);
        byIri.sort(java.util.Comparator.comparing((int[] s) -> AIRID.quote("d", s[0], s[1])));
        java.util.List<int[]> byPosition = new java.util.ArrayList<>(spans);
        byPosition.sort(java.util.Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        assertThat(byIri).extracting(s -> s[0] + "-" + s[1]).containsExactlyElementsOf(
                byPosition.stream().map(s -> s[0] + "-" + s[1]).toList());
        assertThatThrownBy(() -> AIRID.quote("d", -1, 3)).isInstanceOf(IllegalArgumentException.class);
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
