package org.airace.kg.annotate.quantity;

import org.airace.kg.annotate.LexiconData;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Annotator;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Span;
import org.airace.kg.text.TextView;

/**
 * Fills the quantity layer: money, percentages, counts with their measure word, power, durations,
 * ratios, multiples and model sizes. One left-to-right pass over the matching view with a char-level
 * number reader; no segmentation. Years, month/day numbers and "N年前" are dates and left to the time
 * annotator; ordinals (第三), the article 一个, list numbers and digits inside addresses, dates and
 * phone numbers are not amounts.
 */
public final class QuantityAnnotator implements Annotator {

    private static final String RANGE_MARKS = "~〜-–—至到";
    private static final String CLAUSE_ENDS = ",;!?。\n:；，";

    private final UnitLexicon lex;
    private final NumberParser numbers;
    private final AboutFinder about;
    /** Chars that can start a quantity (digits, numerals, currency signs, 一半...): others are skipped at once. */
    private final boolean[] mayStart = new boolean[0x10000];

    public QuantityAnnotator() {
        this(UnitLexicon.load());
    }

    public QuantityAnnotator(UnitLexicon lexicon) {
        this.lex = lexicon;
        this.numbers = lexicon.numbers();
        this.about = new AboutFinder(lexicon);
        for (char c = 0; c < 0xFFFF; c++) {
            mayStart[c] = numbers.isNumeralChar(c);
        }
        for (UnitForm f : lexicon.halfWords) {
            mayStart[f.form().charAt(0)] = true;
        }
        mayStart[lexicon.percentPrefix.charAt(0)] = true;
        for (UnitForm f : lexicon.currencyPrefixes) {
            char c = f.form().charAt(0);
            mayStart[c] = true;
            mayStart[Character.toLowerCase(c)] = true;
            mayStart[Character.toUpperCase(c)] = true;
        }
    }

    public static QuantityAnnotator load() {
        return new QuantityAnnotator();
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.setQuantities(extract(doc.text()));
    }

    /** The quantities of a text, in text order. */
    public List<Quantity> extract(TextView view) {
        String s = view.normalized();
        List<Found> found = find(s);
        int[] equivalent = linkConversions(s, found);
        List<Quantity> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            Span counted = f.countedBegin >= 0 ? new Span(f.countedBegin, f.countedEnd) : null;
            Span aboutSpan = counted != null ? counted : about.find(s, f, lex.currencyIds.contains(f.unit));
            out.add(new Quantity(new Span(f.begin, f.end), view.slice(f.begin, f.end), f.value, f.unit, f.approximate,
                    f.measureWord, counted == null ? null : view.slice(counted.begin(), counted.end()),
                    equivalent[k], aboutSpan));
        }
        return out;
    }

    /** A quantity found in the matching view, before it becomes a record. */
    static final class Found {
        int begin, end;
        BigDecimal value;
        String unit;
        boolean approximate;
        String measureWord;
        int countedBegin = -1, countedEnd = -1;
        /** where the number itself ends (for ranges) */
        int numberEnd;

        Found(int begin, int end, BigDecimal value, String unit, boolean approximate) {
            this.begin = begin;
            this.end = end;
            this.value = value;
            this.unit = unit;
            this.approximate = approximate;
        }
    }

    List<Found> find(String s) {
        boolean[] blocked = NonQuantityRegions.mark(s);
        markIdioms(s, blocked);
        List<Found> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int prevEnd = -1;
        while (i < n) {
            if (blocked[i] || !mayStart[s.charAt(i)]) {
                i++;
                continue;
            }
            int[] skip = {i + 1};
            Found f = at(s, i, prevEnd, skip);
            if (f != null && !blocked[Math.max(f.begin, f.end - 1)]) {
                out.add(f);
                prevEnd = f.end;
                i = Math.max(f.end, i + 1);
            } else {
                i = Math.max(skip[0], i + 1);
            }
        }
        return out;
    }

    private void markIdioms(String s, boolean[] blocked) {
        for (String idiom : lex.countIdioms) {
            int from = 0;
            int at;
            while ((at = s.indexOf(idiom, from)) >= 0) {
                java.util.Arrays.fill(blocked, at, at + idiom.length(), true);
                from = at + 1;
            }
        }
    }

    /** The quantity starting at {@code i}, or null; {@code skip[0]} gets where to look next. */
    private Found at(String s, int i, int prevEnd, int[] skip) {
        int n = s.length();
        UnitForm half = lex.halfWords.at(s, i);
        if (half != null && (i == 0 || !numbers.isNumeralChar(s.charAt(i - 1)))) {
            int idx = lex.halfWords.indexOf(half);
            return new Found(i, i + half.form().length(), lex.halfValues.get(idx), half.unit(), lex.halfApproximate.get(idx));
        }
        if (s.startsWith(lex.percentPrefix, i)) {
            ParsedNumber pn = numbers.parse(s, i + lex.percentPrefix.length());
            if (pn != null && !pn.vagueOnly()) {
                return new Found(i, pn.end(), pn.value(), "Percent", pn.approximate() || approximateBefore(s, i));
            }
        }
        UnitForm prefix = lex.currencyPrefixes.at(s, i);
        if (prefix != null && !(UnitLexicon.isLatin(prefix.form().charAt(0)) && i > 0 && UnitLexicon.isLatin(s.charAt(i - 1)))) {
            Found money = prefixedMoney(s, i, prefix);
            if (money != null) {
                return money;
            }
        }
        char c = s.charAt(i);
        if (!numbers.isNumeralChar(c) || !mayStartNumber(s, i, prevEnd)) {
            return null;
        }
        ParsedNumber pn = numbers.parse(s, i);
        if (pn == null) {
            return null;
        }
        skip[0] = pn.end();
        if (i > 0 && s.charAt(i - 1) == '第') {
            return null; // an ordinal
        }
        if (LexiconData.longestEndingAt(s, i, lex.notAmountAfter) != null) {
            return null; // 民國114年: a calendar year
        }
        Found f = withUnit(s, pn, approximateBefore(s, i));
        if (f == null) {
            f = range(s, pn);
        }
        if (f == null) {
            f = topN(s, pn);
        }
        return f;
    }

    private boolean mayStartNumber(String s, int i, int prevEnd) {
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        char c = s.charAt(i);
        if (isAsciiDigit(c)) {
            if (isAsciiDigit(p) || UnitLexicon.isLatin(p) || p == '.' || p == ',' || p == '_' || p == '/') {
                return false;
            }
            if ((p == '-' || p == '–') && i >= 2 && (UnitLexicon.isLatin(s.charAt(i - 2)) || isAsciiDigit(s.charAt(i - 2)))
                    && prevEnd != i - 1) {
                return false; // GPT-4, Qwen2.5-Max: part of a name
            }
            return true;
        }
        return !numbers.isChineseNumeral(p) && !isAsciiDigit(p);
    }

    /** A number followed by its unit, measure word or fraction. */
    private Found withUnit(String s, ParsedNumber pn, boolean approxCue) {
        int n = s.length();
        int i = pn.begin();
        int j = pn.end();
        boolean approx = pn.approximate() || approxCue;
        if (s.startsWith(lex.fractionInfix, j)) {
            ParsedNumber num = numbers.parse(s, j + lex.fractionInfix.length());
            if (num != null && pn.value().signum() != 0 && !pn.vagueOnly()) {
                return new Found(i, num.end(), num.value().divide(pn.value(), MathContext.DECIMAL64).stripTrailingZeros(),
                        "Ratio", approx);
            }
            return null;
        }
        if (j < n && s.charAt(j) == '/' && pn.arabic()) {
            return slashFraction(s, pn, approx);
        }
        int k = j;
        if (k < n && s.charAt(k) == ' ') {
            k++;
        }
        if (k < n && (s.charAt(k) == '多' || s.charAt(k) == '余') && !pn.vagueOnly()) {
            approx = true; // 100多家, 十余个
            k++;
        }
        UnitForm cur = lex.currencySuffixes.at(s, k);
        if (cur != null && !pn.vagueOnly()) {
            int e = k + cur.form().length();
            return finish(new Found(i, e, pn.value().multiply(cur.factor()), cur.unit(), approx || approximateAfter(s, e)));
        }
        UnitForm unit = lex.suffixUnits.at(s, k);
        boolean singleChineseDigit = pn.end() - pn.begin() == 1 && !pn.vagueOnly();
        if (unit != null && !(unit.arabicOnly() && !pn.arabic()) && !(unit.durationOnlyVague() && !pn.vagueOnly())
                && !(unit.singleChineseDigit() && !singleChineseDigit)) {
            return unitQuantity(s, pn, k, unit, approx);
        }
        String mw = LexiconData.longestAt(s, k, lex.measureWords);
        if (mw != null) {
            return count(s, pn, k, mw, approx);
        }
        String noun = pn.multiplied() && pn.value().compareTo(BigDecimal.valueOf(10000)) >= 0
                ? LexiconData.longestAt(s, k, lex.bareCountNouns) : null;
        if (noun != null) {
            Found f = new Found(pn.begin(), k + noun.length(), pn.value(), "Count", approx);
            f.countedBegin = k;
            f.countedEnd = k + noun.length();
            return f;
        }
        return null;
    }

    private Found unitQuantity(String s, ParsedNumber pn, int k, UnitForm unit, boolean approx) {
        int e = k + unit.form().length();
        int begin = pn.begin();
        if (isDuration(unit.unit())) {
            if (pn.yearLike() || LexiconData.longestAt(s, e, lex.durationDateSuffixes) != null
                    || "Year".equals(unit.unit()) && monthFollows(s, e)) {
                return null; // 2025年, 两年前, 90年代: points in time, the time annotator's
            }
            if ("Week".equals(unit.unit()) && e < s.length() && s.charAt(e) == '年') {
                return null; // 三周年: an anniversary
            }
            String pre = LexiconData.longestEndingAt(s, begin, lex.durationSpanPrefixes);
            if (pre != null) {
                begin -= pre.length();
            }
            String suf = LexiconData.longestAt(s, e, lex.durationSpanSuffixes);
            if (suf != null) {
                e += suf.length();
            }
        } else if ("Parameter".equals(unit.unit()) && pn.arabic() && e < s.length() && s.charAt(e) == ' '
                && lex.currencySuffixes.at(s, e + 1) != null) {
            return null; // "5B USD" is money, read by the currency branch
        } else if ("Parameter".equals(unit.unit()) && unit.asciiWord()) {
            int t = e < s.length() && s.charAt(e) == ' ' ? e + 1 : e;
            for (String w : lex.parameterNotBefore) {
                if (s.regionMatches(true, t, w, 0, w.length())) {
                    return null; // 15T tokens: a corpus size, not a model size
                }
            }
        }
        Found f = new Found(begin, e, pn.value().multiply(unit.factor()).stripTrailingZeros(), unit.unit(),
                approx || approximateAfter(s, e));
        return finish(f);
    }

    private Found count(String s, ParsedNumber pn, int k, String mw, boolean approx) {
        if (pn.one() && !oneCountCue(s, pn.begin())) {
            return null; // 一个: the indefinite article
        }
        if (lex.restrictedMeasureWords.contains(mw)) {
            char c = s.charAt(pn.begin());
            boolean singleDigit = pn.end() - pn.begin() == 1 && !pn.arabic() && c != '两' && c != '二' && !pn.vagueOnly();
            if (!(pn.arabic() || singleDigit) || pn.yearLike()) {
                return null; // 十九大, 二十大: names, not counts
            }
        }
        int e = k + mw.length();
        Found f = new Found(pn.begin(), e, pn.value(), "Count", approx || approximateAfter(s, e));
        f.measureWord = mw;
        countedNoun(s, e, f);
        return finish(f);
    }

    /** "3至5年", "7~10个": the lower bound, with the unit of the upper one. */
    private Found range(String s, ParsedNumber pn) {
        int j = pn.end();
        int n = s.length();
        if (j >= n || RANGE_MARKS.indexOf(s.charAt(j)) < 0 || pn.vagueOnly()) {
            return null;
        }
        int k = j + 1;
        if (k < n && s.charAt(k) == ' ') {
            k++;
        }
        ParsedNumber upper = numbers.parse(s, k);
        if (upper == null || upper.arabic() != pn.arabic() || pn.yearLike()) {
            return null;
        }
        Found f = withUnit(s, upper, false);
        if (f == null || upper.value().signum() == 0) {
            return null;
        }
        BigDecimal factor = f.value.divide(upper.value(), MathContext.DECIMAL64);
        if (upper.multiplied() && !pn.multiplied()) {
            factor = factor.multiply(trailingMultiplier(s, upper)); // 3-5亿: the 亿 applies to both ends
        }
        f.value = pn.value().multiply(factor).stripTrailingZeros();
        f.begin = Math.min(f.begin, pn.begin());
        f.approximate = true;
        return f;
    }

    /** The scale the multiplier chars of a number add: 5亿 -> 1e8. */
    private BigDecimal trailingMultiplier(String s, ParsedNumber n) {
        int k = n.begin();
        while (k < n.end() && !numbers.isMultiplier(s.charAt(k))) {
            k++;
        }
        ParsedNumber lead = k > n.begin() ? numbers.parse(s.substring(n.begin(), k), 0) : null;
        if (lead == null || lead.value().signum() == 0) {
            return BigDecimal.ONE;
        }
        return n.value().divide(lead.value(), MathContext.DECIMAL64);
    }

    /** 前十, 前 10: a top-N list's size. */
    private Found topN(String s, ParsedNumber pn) {
        int i = pn.begin();
        int j = pn.end();
        if (i == 0 || !s.startsWith(lex.topCuePrefix, i - lex.topCuePrefix.length()) && !(s.charAt(i - 1) == ' '
                && i >= 2 && s.startsWith(lex.topCuePrefix, i - 1 - lex.topCuePrefix.length()))) {
            return null;
        }
        if (pn.yearLike() || pn.vagueOnly()) {
            return null;
        }
        if (j < s.length() && !isBoundary(s.charAt(j)) && s.charAt(j) != '的') {
            return null;
        }
        int begin = s.startsWith(lex.topCuePrefix, i - lex.topCuePrefix.length()) ? i - lex.topCuePrefix.length()
                : i - 1 - lex.topCuePrefix.length();
        return new Found(begin, j, pn.value(), "Count", pn.approximate());
    }

    private Found slashFraction(String s, ParsedNumber pn, boolean approx) {
        int j = pn.end() + 1;
        int k = j;
        while (k < s.length() && isAsciiDigit(s.charAt(k))) {
            k++;
        }
        if (k == j || k - j > 3 || pn.end() - pn.begin() > 3 || pn.sequenceDigits() == 0
                || (k < s.length() && (s.charAt(k) == '/' || s.charAt(k) == '.'))) {
            return null;
        }
        BigDecimal den = new BigDecimal(s.substring(j, k));
        if (den.signum() == 0) {
            return null;
        }
        return new Found(pn.begin(), k, pn.value().divide(den, MathContext.DECIMAL64).stripTrailingZeros(), "Ratio", approx);
    }

    private Found prefixedMoney(String s, int i, UnitForm prefix) {
        int n = s.length();
        int j = i + prefix.form().length();
        if (j < n && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= n || !numbers.isNumeralChar(s.charAt(j)) || (j > 0 && s.charAt(j) == '第')) {
            return null;
        }
        ParsedNumber pn = numbers.parse(s, j);
        if (pn == null || pn.vagueOnly()) {
            return null;
        }
        BigDecimal value = pn.value();
        int e = pn.end();
        int k = e < n && s.charAt(e) == ' ' ? e + 1 : e;
        int w = k;
        while (w < n && UnitLexicon.isLatin(s.charAt(w))) {
            w++;
        }
        if (w > k) {
            String word = s.substring(k, w).toLowerCase(java.util.Locale.ROOT);
            if (lex.englishMultipliers.has(word)) {
                value = value.multiply(new BigDecimal(lex.englishMultipliers.get(word).asText()));
                e = w;
            }
        }
        UnitForm suffix = lex.currencySuffixes.at(s, e);
        if (suffix != null && (suffix.unit().equals(prefix.unit()) || suffix.form().equals("元"))) {
            e += suffix.form().length();
        }
        return finish(new Found(i, e, value.stripTrailingZeros(), prefix.unit(),
                pn.approximate() || approximateBefore(s, i) || approximateAfter(s, e)));
    }

    private Found finish(Found f) {
        return f;
    }

    private void countedNoun(String s, int from, Found f) {
        int n = s.length();
        int b = from < n && s.charAt(from) == ' ' ? from + 1 : from;
        int e = b;
        int lastDe = -1;
        while (e < n && e - b < 12) {
            char c = s.charAt(e);
            boolean modelName = e > b && (isAsciiDigit(c) || c == '-') && UnitLexicon.isLatin(s.charAt(b));
            if (!(Character.isLetter(c) || modelName) || isBoundary(c) || numbers.isChineseNumeral(c)
                    || AboutFinder.isStopChar(c)) {
                break; // letters, or a Latin name with its digits (H800)
            }
            if (c == '的') {
                lastDe = e;
            }
            e++;
        }
        if (lastDe >= 0 && lastDe + 1 < e) {
            b = lastDe + 1;
        } else if (lastDe >= 0) {
            e = lastDe;
        }
        if (e - b > 6 && lastDe < 0) {
            e = b + 6;
        }
        if (e > b) {
            f.countedBegin = b;
            f.countedEnd = e;
        }
    }

    private boolean approximateBefore(String s, int i) {
        int k = i;
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        return LexiconData.longestEndingAt(s, k, lex.approximateBefore) != null;
    }

    private boolean approximateAfter(String s, int e) {
        return LexiconData.longestAt(s, e, lex.approximateAfter) != null;
    }

    private boolean oneCountCue(String s, int i) {
        if (i >= 2 && s.charAt(i - 2) == '每' && !numbers.isNumeralChar(s.charAt(i - 1))) {
            return true; // 每家一台: one each
        }
        return LexiconData.longestEndingAt(s, i, lex.oneCountCues) != null;
    }

    /** Conversions the text gives side by side, 3500万台币(约107万美金): linked both ways. */
    private int[] linkConversions(String s, List<Found> found) {
        int[] eq = new int[found.size()];
        java.util.Arrays.fill(eq, -1);
        for (int k = 0; k + 1 < found.size(); k++) {
            Found a = found.get(k);
            Found b = found.get(k + 1);
            if (!lex.currencyIds.contains(a.unit) || !lex.currencyIds.contains(b.unit) || a.unit.equals(b.unit)) {
                continue;
            }
            int gap = b.begin - a.end;
            if (gap < 1 || gap > 6) {
                continue;
            }
            String between = s.substring(a.end, b.begin);
            if (between.indexOf('(') >= 0 || between.contains("约") || between.contains("折合") || between.contains("相当于")
                    || between.contains("合")) {
                eq[k] = k + 1;
                eq[k + 1] = k;
            }
        }
        return eq;
    }

    /** "114年3月": a year followed by a month is a date however the year is written. */
    private boolean monthFollows(String s, int e) {
        int k = e;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        ParsedNumber m = k < s.length() && numbers.isNumeralChar(s.charAt(k)) ? numbers.parse(s, k) : null;
        return m != null && m.end() < s.length() && s.charAt(m.end()) == '月';
    }

    static boolean isDuration(String unit) {
        switch (unit) {
            case "Year":
            case "Month":
            case "Week":
            case "Day":
            case "Hour":
            case "Minute":
                return true;
            default:
                return false;
        }
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isBoundary(char c) {
        return CLAUSE_ENDS.indexOf(c) >= 0 || c == ' ' || c == '、' || c == '」' || c == '」' || c == '"'
                || c == '“' || c == '”' || c == '(' || c == ')' || c == '《' || c == '》' || c == '「' || c == '.';
    }
}
