package org.airace.kg.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.annotate.time.TimeAnnotator;
import org.airace.kg.source.PartialDate;
import org.airace.kg.text.TextView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven cases for both annotators ({@code annotate/quantity-time-cases.tsv}): each row is a
 * short text, an optional publication date and everything the annotator must find in it, no more.
 */
class QuantityAndTimeCasesTest {

    private static final QuantityAnnotator QUANTITIES = new QuantityAnnotator();
    private static final TimeAnnotator TIMES = new TimeAnnotator();

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QuantityAndTimeCasesTest.class.getResourceAsStream("/annotate/quantity-time-cases.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException("line " + no + ": want 4 tab-separated fields: " + line);
                }
                out.add(Arguments.of(no, f[0], f[1], f[2], f[3]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("cases")
    void findsExactlyWhatTheTableSays(int line, String kind, String input, String published, String expected) {
        TextView view = new TextView(input);
        List<String> got;
        if (kind.equals("Q")) {
            got = QUANTITIES.extract(view).stream().map(QuantityAndTimeCasesTest::render).collect(Collectors.toList());
        } else {
            PartialDate pub = published.equals("-") ? null : PartialDate.parse(published);
            got = TIMES.extract(view, pub).stream().map(QuantityAndTimeCasesTest::render).collect(Collectors.toList());
        }
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
        assertThat(got).as("line %d: %s", line, input).containsExactlyElementsOf(want);
    }

    private static String render(Quantity q) {
        return q.text() + "=" + q.value().toPlainString() + " " + q.unit() + (q.approximate() ? "~" : "");
    }

    private static String render(TimeExpression t) {
        return t.text() + "=" + (t.value() == null ? "null" : t.value().toString());
    }
}
