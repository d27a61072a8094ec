package org.airace.kg.annotate.quantity;

import org.airace.kg.annotate.LexiconData;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.text.ScriptNormalizer;

/** The contents of {@code units.json}: unit forms, numerals, cue words. Immutable once loaded. */
public final class UnitLexicon {

    public static final String FILE = "units.json";

    final UnitForms currencySuffixes;
    final UnitForms currencyPrefixes;
    final UnitForms suffixUnits;
    final List<String> measureWords;
    final Set<String> restrictedMeasureWords;
    final List<String> approximateBefore;
    final List<String> approximateAfter;
    final List<String> durationDateSuffixes;
    final List<String> durationSpanPrefixes;
    final List<String> durationSpanSuffixes;
    final List<String> oneCountCues;
    final String topCuePrefix;
    final UnitForms halfWords;
    final List<BigDecimal> halfValues;
    final List<Boolean> halfApproximate;
    final String percentPrefix;
    final String fractionInfix;
    final List<String> countIdioms;
    final List<String> moneyAboutCues;
    final List<String> percentAboutCues;
    final JsonNode englishMultipliers;
    final List<String> bareCountNouns;
    final List<String> parameterNotBefore;
    final List<String> notAmountAfter;
    final Set<String> unitIds = new HashSet<>();
    final Set<String> currencyIds = new HashSet<>();
    final NumberParser numbers;

    private UnitLexicon(JsonNode root) {
        for (JsonNode u : root.get("units")) {
            unitIds.add(u.get("id").asText());
            if ("currency".equals(u.get("kind").asText())) {
                currencyIds.add(u.get("id").asText());
            }
        }
        currencySuffixes = unitForms(root.get("currencySuffixes"));
        currencyPrefixes = unitForms(root.get("currencyPrefixes"));
        suffixUnits = unitForms(root.get("suffixUnits"));
        measureWords = LexiconData.longestFirst(LexiconData.forms(root.get("measureWords")));
        restrictedMeasureWords = new HashSet<>(LexiconData.forms(root.get("restrictedMeasureWords")));
        approximateBefore = LexiconData.longestFirst(LexiconData.forms(root.get("approximateBefore")));
        approximateAfter = LexiconData.longestFirst(LexiconData.forms(root.get("approximateAfter")));
        durationDateSuffixes = LexiconData.longestFirst(LexiconData.forms(root.get("durationDateSuffixes")));
        durationSpanPrefixes = LexiconData.longestFirst(LexiconData.forms(root.get("durationSpanPrefixes")));
        durationSpanSuffixes = LexiconData.longestFirst(LexiconData.forms(root.get("durationSpanSuffixes")));
        oneCountCues = LexiconData.longestFirst(LexiconData.forms(root.get("oneCountCues")));
        topCuePrefix = ScriptNormalizer.normalize(root.get("topCuePrefix").asText());
        List<UnitForm> halves = new ArrayList<>();
        halfValues = new ArrayList<>();
        halfApproximate = new ArrayList<>();
        for (JsonNode h : root.get("halfWords")) {
            halves.add(new UnitForm(ScriptNormalizer.normalize(h.get("form").asText()), h.get("unit").asText(),
                    BigDecimal.ONE, false, false, false, false));
            halfValues.add(new BigDecimal(h.get("value").asText()));
            halfApproximate.add(h.path("approximate").asBoolean(false));
        }
        halfWords = new UnitForms(halves);
        percentPrefix = ScriptNormalizer.normalize(root.get("percentPrefix").asText());
        fractionInfix = ScriptNormalizer.normalize(root.get("fractionInfix").asText());
        countIdioms = LexiconData.longestFirst(LexiconData.forms(root.get("countIdioms")));
        moneyAboutCues = LexiconData.longestFirst(LexiconData.forms(root.path("aboutCues").get("money")));
        percentAboutCues = LexiconData.longestFirst(LexiconData.forms(root.path("aboutCues").get("percent")));
        englishMultipliers = root.get("numerals").get("englishMultipliers");
        bareCountNouns = LexiconData.longestFirst(LexiconData.forms(root.get("bareCountNouns")));
        notAmountAfter = LexiconData.longestFirst(LexiconData.forms(root.get("notAmountAfter")));
        parameterNotBefore = LexiconData.longestFirst(LexiconData.forms(root.get("parameterNotBefore")));
        List<String> multiplierLed = new ArrayList<>();
        JsonNode numerals = root.get("numerals");
        String multiplierChars = fieldNames(numerals.get("smallMultipliers")) + fieldNames(numerals.get("largeMultipliers"));
        for (UnitForm f : suffixUnits) {
            if (multiplierChars.indexOf(f.form().charAt(0)) >= 0) {
                multiplierLed.add(f.form());
            }
        }
        numbers = new NumberParser(numerals, LexiconData.longestFirst(multiplierLed));
        for (UnitForm f : allForms()) {
            if (!unitIds.contains(f.unit())) {
                throw new IllegalStateException("units.json: form " + f.form() + " names unknown unit " + f.unit());
            }
        }
    }

    public static UnitLexicon load() {
        return new UnitLexicon(LexiconData.read(FILE));
    }

    /** Whether a unit, currency or measure word starts at {@code at} (then a number before it is an amount). */
    public boolean unitAt(String s, int at) {
        return currencySuffixes.at(s, at) != null || suffixUnits.at(s, at) != null
                || LexiconData.longestAt(s, at, measureWords) != null || LexiconData.longestAt(s, at, bareCountNouns) != null
                || at < s.length() && numbers.isMultiplier(s.charAt(at));
    }

    public NumberParser numbers() {
        return numbers;
    }

    private List<UnitForm> allForms() {
        List<UnitForm> all = new ArrayList<>(currencySuffixes);
        all.addAll(currencyPrefixes);
        all.addAll(suffixUnits);
        all.addAll(halfWords);
        return all;
    }

    private static String fieldNames(JsonNode obj) {
        StringBuilder b = new StringBuilder();
        obj.fieldNames().forEachRemaining(b::append);
        return b.toString();
    }

    private static UnitForms unitForms(JsonNode array) {
        List<UnitForm> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new UnitForm(ScriptNormalizer.normalize(n.get("form").asText()), n.get("unit").asText(),
                    n.has("factor") ? new BigDecimal(n.get("factor").asText()) : BigDecimal.ONE,
                    n.path("asciiWord").asBoolean(false), n.path("arabicOnly").asBoolean(false),
                    n.path("durationOnlyVague").asBoolean(false), n.path("singleChineseDigit").asBoolean(false)));
        }
        out.sort(Comparator.comparingInt((UnitForm f) -> f.form().length()).reversed());
        return new UnitForms(out);
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
