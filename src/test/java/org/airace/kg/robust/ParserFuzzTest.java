package org.airace.kg.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.annotate.quantity.NumberParser;
import org.airace.kg.annotate.quantity.ParsedNumber;
import org.airace.kg.annotate.quantity.UnitLexicon;
import org.airace.kg.annotate.time.TimeAnnotator;
import org.airace.kg.source.DecodedText;
import org.airace.kg.source.Document;
import org.airace.kg.source.DocumentReader;
import org.airace.kg.source.EncodingDetector;
import org.airace.kg.source.HeaderDateParser;
import org.airace.kg.source.HeaderLabels;
import org.airace.kg.source.HeaderParser;
import org.airace.kg.source.HeaderResult;
import org.airace.kg.source.PartialDate;
import org.airace.kg.source.SidecarReader;
import org.airace.kg.source.SourceException;
import org.airace.kg.text.TextView;

/**
 * Coverage-guided fuzzing (Jazzer) of the parsers that see raw input: numbers, dates, header and
 * sidecar metadata, and the document reader. Properties: no exception other than the documented
 * {@link SourceException}; spans inside the text and matching it; values present and sane.
 * Under {@code mvn test} each target replays its inputs in {@code ParserFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} (the fuzz executions of {@code mvn verify}) one target is fuzzed for its
 * {@code maxDuration}.
 */
class ParserFuzzTest {

    private static final NumberParser NUMBERS = UnitLexicon.load().numbers();
    private static final TimeAnnotator TIMES = TimeAnnotator.load();
    private static final HeaderParser HEADERS = new HeaderParser();
    private static final HeaderDateParser HEADER_DATES = new HeaderDateParser(HeaderLabels.defaults());
    private static final SidecarReader SIDECARS = new SidecarReader();
    private static final EncodingDetector ENCODINGS = new EncodingDetector();
    private static final DocumentReader READER = new DocumentReader();
    private static final PartialDate PUBLISHED = PartialDate.ofDay(2025, 3, 14);
    private static Path scratch;

    @FuzzTest(maxDuration = "15s")
    void numbers(FuzzedDataProvider data) {
        int start = data.consumeInt();
        String s = data.consumeRemainingAsString();
        if (s.isEmpty())
            return;
        start = Math.floorMod(start, s.length());
        ParsedNumber n = NUMBERS.parse(s, start);
        if (n == null)
            return;
        assertThat(n.begin()).isBetween(start, s.length() - 1);
        assertThat(n.end()).isBetween(n.begin() + 1, s.length());
        assertThat(n.value()).isNotNull();
        assertThat(n.value().signum()).isGreaterThanOrEqualTo(0);
    }

    /** The first finding, kept readable: "3,333,333.3,333,333.3303" threw NumberFormatException. */
    @Test
    void aSecondDecimalPointEndsTheNumber() {
        for (String s : new String[] {"3,333,333.3,333,333.3303", "1.2.3.4", "1,000.5,000.25"}) {
            ParsedNumber n = NUMBERS.parse(s, 0);
            assertThat(n).as(s).isNotNull();
            assertThat(n.end()).as(s).isLessThan(s.length());
            assertThat(s.substring(n.begin(), n.end()).chars().filter(c -> c == '.').count()).as(s).isLessThanOrEqualTo(1);
        }
    }

    @FuzzTest(maxDuration = "15s")
    void dates(FuzzedDataProvider data) {
        boolean withPublication = data.consumeBoolean();
        String s = data.consumeRemainingAsString();
        TextView view = new TextView(s);
        for (TimeExpression t : TIMES.extract(view, withPublication ? PUBLISHED : null)) {
            assertThat(t.span().begin()).isBetween(0, s.length());
            assertThat(t.span().end()).isBetween(t.span().begin() + 1, s.length());
            assertThat(t.text()).isEqualTo(view.slice(t.span().begin(), t.span().end()));
            // Documented: null only for a relative date with nothing to resolve it against.
            if (t.value() == null)
                assertThat(t.relative()).as("unresolved date %s is relative", t.text()).isTrue();
            else
                assertThat(t.value().year()).isBetween(1, 9999);
        }
        HeaderDateParser.Found found = HEADER_DATES.find(s);
        if (found != null) {
            assertThat(found.start()).isBetween(0, s.length());
            assertThat(found.end()).isBetween(found.start(), s.length());
            assertThat(found.date()).isNotNull();
        }
    }

    /** A later finding: "777777777年后" shifted the publication year past 9999 and threw. */
    @Test
    void aShiftBeyondTheCalendarResolvesToNoDate() {
        for (String s : new String[] {"777777777年后", "九千年前", "3000000个月后", "90000000000天前", "2000000周后"}) {
            for (TimeExpression t : TIMES.extract(new TextView(s), PUBLISHED)) {
                assertThat(t.value()).as(s).isNull();
                assertThat(t.relative()).as(s).isTrue();
            }
        }
        assertThat(TIMES.extract(new TextView("三年后"), PUBLISHED)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo(PartialDate.ofYear(2028)));
    }

    @FuzzTest(maxDuration = "15s")
    void metadata(FuzzedDataProvider data) throws IOException {
        String json = data.consumeString(400);
        String text = data.consumeRemainingAsString();
        HeaderResult header = HEADERS.parse(text);
        assertThat(header.metadata()).isNotNull();
        assertThat(header.warnings()).doesNotContainNull();
        Path sidecar = Files.writeString(scratch().resolve("other.meta.json"), json);
        try {
            assertThat(SIDECARS.read(sidecar).warnings()).doesNotContainNull();
        } catch (SourceException expected) {
            assertThat(expected.getMessage()).startsWith(sidecar.toString());
        }
    }

    @FuzzTest(maxDuration = "15s")
    void documentReader(byte[] bytes) throws IOException {
        Path file = Files.write(scratch().resolve("doc.txt"), bytes);
        try {
            DecodedText decoded = ENCODINGS.decode(file, bytes);
            assertThat(decoded.text()).isNotNull();
        } catch (SourceException expected) {
            assertThat(expected.path()).isEqualTo(file);
        }
        try {
            Document d = READER.read(file);
            assertThat(d.text()).isNotBlank();
            assertThat(d.id()).matches("[0-9a-f]{24}");
            assertThat(d.metadata()).isNotNull();
        } catch (SourceException expected) {
            assertThat(expected.getMessage()).startsWith(file.toString());
        }
    }

    /** One folder for the files the reader needs, reused across inputs (no sidecar beside doc.txt). */
    private static synchronized Path scratch() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("airace-fuzz");
            // Hooks run in reverse order: the two files the inputs are written to go first, so the
            // folder is empty when its turn comes and no scratch folder is left behind in /tmp.
            scratch.toFile().deleteOnExit();
            scratch.resolve("doc.txt").toFile().deleteOnExit();
            scratch.resolve("other.meta.json").toFile().deleteOnExit();
        }
        return scratch;
    }
}
