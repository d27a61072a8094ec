package org.airace.kg.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first-char table of {@link UnitForms} never turns away a place where a form matches. */
class UnitFormsTest {

    private static UnitForm form(String text, boolean asciiWord) {
        return new UnitForm(text, "Unit", BigDecimal.ONE, asciiWord, false, false, false);
    }

    private static final List<UnitForm> FORMS = List.of(form("kwh", true), form("美元", false), form("kb", true),
            form("k", true), form("亿", false), form("is", true));

    @Test
    void findsWhatTheScanOverEveryFormFinds() {
        UnitForms forms = new UnitForms(FORMS);
        // K and ı fold to Latin letters under regionMatches(ignoreCase): the table must admit them too.
        String alphabet = "kKwWhHbBsSiI\u212A\u0131\u0130美元亿 5";
        Random random = new Random(11);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            int at = random.nextInt(n + 3) - 1;
            // scan() tries every form at every place: the table may only skip places where it finds nothing.
            assertThat(forms.at(s, at)).as("at(%s, %d)", s, at).isEqualTo(at < 0 || at >= s.length() ? null : forms.scan(s, at));
        }
    }

    @Test
    void caseBlindFormsMatchAnyCaseAndWholeWordsOnly() {
        UnitForms forms = new UnitForms(FORMS);
        assertThat(forms.at("30 KWh", 3).form()).isEqualTo("kwh");
        assertThat(forms.at("30 \u212Ab", 3).form()).isEqualTo("kb");
        assertThat(forms.at("30 kbps", 3)).isNull();
        assertThat(forms.at("5亿美元", 1).form()).isEqualTo("亿");
        assertThat(forms.at("5亿美元", 0)).isNull();
    }
}
