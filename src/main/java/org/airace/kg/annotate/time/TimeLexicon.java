package org.airace.kg.annotate.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.airace.kg.annotate.quantity.LexiconFiles;
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
        relativeYears = LexiconFiles.intMap(r.get("relativeYears"));
        relativeMonths = LexiconFiles.intMap(r.get("relativeMonths"));
        relativeWeeks = LexiconFiles.intMap(r.get("relativeWeeks"));
        relativeDays = LexiconFiles.intMap(r.get("relativeDays"));
        anaphoricDays = LexiconFiles.forms(r.get("anaphoricDays"));
        periodOfYear = LexiconFiles.forms(r.get("periodOfPublicationYear"));
        periodOfMonth = LexiconFiles.forms(r.get("periodOfPublicationMonth"));
        partSuffixes = LexiconFiles.longestFirst(LexiconFiles.forms(r.get("partSuffixes")));
        decadeEnds = LexiconFiles.forms(r.get("decadeEnds"));
        centuryEnds = LexiconFiles.forms(r.get("centuryEnds"));
        agoSuffixes = LexiconFiles.longestFirst(LexiconFiles.forms(r.get("agoSuffixes")));
        laterSuffixes = LexiconFiles.longestFirst(LexiconFiles.forms(r.get("laterSuffixes")));
        agoUnits = new java.util.LinkedHashMap<>();
        r.get("agoUnits").fields().forEachRemaining(e ->
                agoUnits.put(ScriptNormalizer.normalize(e.getKey()), e.getValue().asText()));
        notDates = LexiconFiles.forms(r.get("notDates"));
        bareYearMin = r.get("bareYearMin").asInt();
        bareYearMax = r.get("bareYearMax").asInt();
        bareYearNotBefore = ScriptNormalizer.normalize(r.get("bareYearNotBefore").asText());
        englishMonths = LexiconFiles.intMap(r.get("englishMonths"));
        weekdays = LexiconFiles.intMap(r.get("weekdays"));
        weekdayWords = LexiconFiles.forms(r.get("weekdayWords"));
        weekShift = LexiconFiles.intMap(r.get("weekShift"));
        rocEra = ScriptNormalizer.normalize(r.get("rocEra").asText());
        rocOffset = r.get("rocOffset").asInt();
        monthDayFutureLimitMonths = r.get("monthDayFutureLimitMonths").asInt();
    }

    static TimeLexicon load() {
        return new TimeLexicon(LexiconFiles.read(FILE));
    }
}
