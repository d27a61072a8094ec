package org.airace.kg.annotate.time;

import org.airace.kg.annotate.LexiconData;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.airace.kg.text.ScriptNormalizer;

/** The contents of {@code time-words.json}. Immutable once loaded. */
final class TimeLexicon {

    static final String FILE = "time-words.json";

    final Map<String, Integer> relativeYears;
    final Map<String, Integer> relativeMonths;
    final Map<String, Integer> relativeWeeks;
    final Map<String, Integer> relativeDays;
    final List<String> anaphoricDays;
    final List<String> periodOfYear;
    final List<String> periodOfMonth;
    final List<String> partSuffixes;
    final List<String> decadeEnds;
    final List<String> centuryEnds;
    final List<String> agoSuffixes;
    final List<String> laterSuffixes;
    final Map<String, String> agoUnits;
    final List<String> notDates;
    final int bareYearMin;
    final int bareYearMax;
    final String bareYearNotBefore;
    final Map<String, Integer> englishMonths;
    final Map<String, Integer> weekdays;
    final List<String> weekdayWords;
    final Map<String, Integer> weekShift;
    final String rocEra;
    final int monthDayFutureLimitMonths;
    final int rocOffset;

    private TimeLexicon(JsonNode r) {
        relativeYears = LexiconData.intMap(r.get("relativeYears"));
        relativeMonths = LexiconData.intMap(r.get("relativeMonths"));
        relativeWeeks = LexiconData.intMap(r.get("relativeWeeks"));
        relativeDays = LexiconData.intMap(r.get("relativeDays"));
        anaphoricDays = LexiconData.forms(r.get("anaphoricDays"));
        periodOfYear = LexiconData.forms(r.get("periodOfPublicationYear"));
        periodOfMonth = LexiconData.forms(r.get("periodOfPublicationMonth"));
        partSuffixes = LexiconData.longestFirst(LexiconData.forms(r.get("partSuffixes")));
        decadeEnds = LexiconData.forms(r.get("decadeEnds"));
        centuryEnds = LexiconData.forms(r.get("centuryEnds"));
        agoSuffixes = LexiconData.longestFirst(LexiconData.forms(r.get("agoSuffixes")));
        laterSuffixes = LexiconData.longestFirst(LexiconData.forms(r.get("laterSuffixes")));
        agoUnits = new java.util.LinkedHashMap<>();
        r.get("agoUnits").fields().forEachRemaining(e ->
                agoUnits.put(ScriptNormalizer.normalize(e.getKey()), e.getValue().asText()));
        notDates = LexiconData.forms(r.get("notDates"));
        bareYearMin = r.get("bareYearMin").asInt();
        bareYearMax = r.get("bareYearMax").asInt();
        bareYearNotBefore = ScriptNormalizer.normalize(r.get("bareYearNotBefore").asText());
        englishMonths = LexiconData.intMap(r.get("englishMonths"));
        weekdays = LexiconData.intMap(r.get("weekdays"));
        weekdayWords = LexiconData.forms(r.get("weekdayWords"));
        weekShift = LexiconData.intMap(r.get("weekShift"));
        rocEra = ScriptNormalizer.normalize(r.get("rocEra").asText());
        rocOffset = r.get("rocOffset").asInt();
        monthDayFutureLimitMonths = r.get("monthDayFutureLimitMonths").asInt();
    }

    static TimeLexicon load() {
        return new TimeLexicon(LexiconData.read(FILE));
    }
}
