package org.airace.kg.annotate.time;

import org.airace.kg.annotate.LexiconData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Annotator;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.annotate.quantity.NonQuantityRegions;
import org.airace.kg.annotate.quantity.NumberParser;
import org.airace.kg.annotate.quantity.ParsedNumber;
import org.airace.kg.annotate.TriggeredPattern;
import org.airace.kg.annotate.WordList;
import org.airace.kg.annotate.quantity.UnitLexicon;
import org.airace.kg.source.PartialDate;
import org.airace.kg.text.TextView;

/**
 * Fills the time layer: absolute dates (2025年2月20日, 2025-10-20, 09/10/2025, Feb 20, 2025), years
 * (2030年, a bare 2025 where it reads as a year), dates relative to the publication date (今年一月,
 * 去年5月, 上周, 月底, 两年前, 这个十年末) and anaphoric days (当日: the day last named). Candidates from
 * precompiled patterns compete; the longest wins at a place. Values are resolved in text order.
 */
public final class TimeAnnotator implements Annotator {

    private static final String SP = "[ \\u00A0]*";
    private static final String CN_DIGITS = "[〇零一二三四五六七八九]";
    private static final String MONTH = "(\\d{1,2}|[一二三四五六七八九十正]{1,3})" + SP + "月(?:份)?(?![球亮光饼薪费租活度刊报])";
    private static final String DAY = "(\\d{1,2}|[一二三四五六七八九十]{1,3})" + SP + "[日号](?![线楼机院令文码位])";
    private static final String CLOCK = "(?:" + SP + "\\d{1,2}:\\d{2}(?::\\d{2})?)?";

    private static final String DIGITS = "0123456789";
    private static final TriggeredPattern ISO = new TriggeredPattern(Pattern.compile(
            "(?<![\\d/.-])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d/])(?:[ T]?\\d{1,2}:\\d{2}(?::\\d{2})?)?"), DIGITS)
            .notAfter(DIGITS + "/.-");
    private static final TriggeredPattern MDY = new TriggeredPattern(
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})(?![\\d/])"), DIGITS).notAfter(DIGITS + "/.-");
    private static final TriggeredPattern DAY_ALONE = new TriggeredPattern(
            Pattern.compile("(?<![\\d月.第])(\\d{1,2})" + SP + "[日号](?![\\d线楼机院令文码位])"), DIGITS).notAfter(DIGITS + "月.第");

    private final TimeLexicon lex;
    private final NumberParser numbers;
    private final UnitLexicon units;
    private final TriggeredPattern chineseDate;
    /** The relative date words (下月, 上周, 当天 ...), longest first, as the alternation of a pattern would try them. */
    private final WordList words;
    private final TriggeredPattern ago;
    private final TriggeredPattern english;
    private final TriggeredPattern englishMonthYear;
    private final TriggeredPattern bareYear;
    private final TriggeredPattern weekday;
    private final TriggeredPattern roc;

    public TimeAnnotator() {
        this.lex = TimeLexicon.load();
        this.units = UnitLexicon.load();
        this.numbers = units.numbers();
        String rel = alternation(lex.relativeYears.keySet());
        String parts = alternation(lex.partSuffixes);
        chineseDate = new TriggeredPattern(Pattern.compile("(?<![\\d第])(?:(?:(\\d{4}|" + CN_DIGITS + "{4})" + SP + "年|(" + rel + "))" + SP
                + "(?:" + MONTH + SP + "(?:" + DAY + ")?)?|" + MONTH + SP + "(?:" + DAY + ")?)(" + parts + ")?" + CLOCK),
                DIGITS + "〇零一二三四五六七八九十正" + firstChars(lex.relativeYears.keySet())).notAfter(DIGITS + "第");
        List<String> all = new ArrayList<>();
        all.addAll(lex.relativeMonths.keySet());
        all.addAll(lex.relativeWeeks.keySet());
        all.addAll(lex.relativeDays.keySet());
        all.addAll(lex.anaphoricDays);
        all.addAll(lex.periodOfYear);
        all.addAll(lex.periodOfMonth);
        all.addAll(lex.decadeEnds);
        all.addAll(lex.centuryEnds);
        words = new WordList(LexiconData.longestFirst(all));
        List<String> units = new ArrayList<>(lex.agoUnits.keySet());
        List<String> suffixes = new ArrayList<>(lex.agoSuffixes);
        suffixes.addAll(lex.laterSuffixes);
        String num = "(\\d+|[零一二两三四五六七八九十百几数]+)";
        ago = new TriggeredPattern(Pattern.compile("(?<![\\d.])" + num + "(?:" + SP + "[~〜\\-–至到]" + SP + num + ")?" + SP + "("
                + alternation(units) + ")(" + alternation(suffixes) + ")"), DIGITS + "零一二两三四五六七八九十百几数").notAfter(DIGITS + ".");
        String months = alternation(lex.englishMonths.keySet());
        english = new TriggeredPattern(Pattern.compile("(?i)\\b(?:(" + months + ")\\.?[ ]+(\\d{1,2})(?:st|nd|rd|th)?,?[ ]+(\\d{4})|(\\d{1,2})[ ]+("
                + months + ")\\.?,?[ ]+(\\d{4}))\\b"), DIGITS + bothCases(firstChars(lex.englishMonths.keySet()))).notAfterWordChars();
        englishMonthYear = new TriggeredPattern(Pattern.compile("(?i)\\b(" + months + ")\\.?[ ]+(\\d{4})\\b"),
                bothCases(firstChars(lex.englishMonths.keySet()))).notAfterWordChars();
        weekday = new TriggeredPattern(Pattern.compile("(?<![\\d一二三四五六七八九十两几数每])(" + alternation(lex.weekShift.keySet()) + ")?("
                + alternation(lex.weekdayWords) + ")(" + alternation(lex.weekdays.keySet()) + ")(?![年岁])"),
                firstChars(lex.weekShift.keySet()) + firstChars(lex.weekdayWords)).notAfter(DIGITS + "一二三四五六七八九十两几数每");
        roc = new TriggeredPattern(Pattern.compile("(?<!\\d)(?:" + Pattern.quote(lex.rocEra) + SP + "(\\d{2,3})|(1[0-4]\\d)(?=" + SP + "年" + SP
                + "\\d{1,2}" + SP + "月))" + SP + "年(?:" + SP + "(\\d{1,2})" + SP + "月(?:" + SP + "(\\d{1,2})" + SP + "[日号])?)?"),
                lex.rocEra.substring(0, 1) + "1").notAfter(DIGITS);
        bareYear = new TriggeredPattern(Pattern.compile("(?<![\\w.$¥€£,/:#+\\-])(\\d{4})(?![\\w%/:\\-]|[.,]\\d)"), "12")
                .notAfter(TriggeredPattern.asciiLetters() + DIGITS + "_.$¥€£,/:#+-");
    }

    public static TimeAnnotator load() {
        return new TimeAnnotator();
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.setTimes(extract(doc.text(), doc.document().metadata() == null ? null : doc.document().metadata().date()));
    }

    /** A date expression found, with how to resolve it once earlier ones are known. */
    private record Candidate(int begin, int end, boolean relative, Resolver resolver) {}

    private interface Resolver {
        PartialDate resolve(PartialDate published, PartialDate lastDay);
    }

    public List<TimeExpression> extract(TextView view, PartialDate published) {
        String s = view.normalized();
        List<Candidate> cands = new ArrayList<>();
        absolute(s, cands);
        chinese(s, cands);
        dayAlone(s, cands);
        relativeWords(s, cands);
        agoAndLater(s, cands);
        englishDates(s, cands);
        bareYears(s, cands);
        weekdays(s, cands);
        rocDates(s, cands);
        boolean[] blocked = NonQuantityRegions.markAddresses(s);
        for (String w : lex.notDates) {
            for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
                java.util.Arrays.fill(blocked, at, at + w.length(), true);
            }
        }
        cands.sort(Comparator.comparingInt(Candidate::begin).thenComparing(c -> -(c.end() - c.begin())));
        List<TimeExpression> out = new ArrayList<>();
        int lastEnd = -1;
        PartialDate lastDay = null;
        for (Candidate c : cands) {
            if (c.begin() < lastEnd || blocked[c.begin()] || blocked[c.end() - 1]) {
                continue;
            }
            PartialDate v = c.resolver().resolve(published, lastDay);
            int end = c.end();
            while (end > c.begin() && s.charAt(end - 1) == ' ') {
                end--;
            }
            out.add(new TimeExpression(new Span(c.begin(), end), view.slice(c.begin(), end), v, c.relative()));
            if (v != null && v.day() != null) {
                lastDay = v;
            }
            lastEnd = c.end();
        }
        return out;
    }

    private void absolute(String s, List<Candidate> out) {
        for (Matcher m : ISO.in(s)) {
            PartialDate d = DateMath.safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                out.add(new Candidate(m.start(), m.end(), false, (p, l) -> d));
            }
        }
        for (Matcher m : MDY.in(s)) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            // Month first as English-language sources write it, unless the first part cannot be a month.
            PartialDate d = a > 12 ? DateMath.safe(y, b, a) : DateMath.safe(y, a, b);
            if (d != null) {
                out.add(new Candidate(m.start(), m.end(), false, (p, l) -> d));
            }
        }
    }

    private void chinese(String s, List<Candidate> out) {
        for (Matcher m : chineseDate.in(s)) {
            if (m.end() == m.start()) {
                continue;
            }
            String yearText = m.group(1);
            String rel = m.group(2);
            String monthText = m.group(3) != null ? m.group(3) : m.group(5);
            String dayText = m.group(4) != null ? m.group(4) : m.group(6);
            Integer year = null;
            if (yearText != null) {
                ParsedNumber y = numbers.parse(yearText, 0);
                if (y == null || !y.yearLike() || y.end() != yearText.length()) {
                    continue;
                }
                year = y.value().intValue();
            }
            Integer month = null;
            boolean monthRange = false;
            if (monthText != null) {
                ParsedNumber mo = numbers.parse(monthText, 0);
                if (monthText.equals("正")) {
                    month = 1;
                } else if (mo == null || mo.end() != monthText.length() || mo.value().scale() > 0) {
                    continue;
                } else {
                    month = mo.value().intValue();
                    monthRange = mo.approximate();
                }
                if (month < 1 || month > 12) {
                    continue;
                }
            }
            Integer day = null;
            if (dayText != null) {
                ParsedNumber d = numbers.parse(dayText, 0);
                if (d == null || d.end() != dayText.length() || d.value().intValue() < 1 || d.value().intValue() > 31) {
                    continue;
                }
                day = d.value().intValue();
            }
            if (month == null && year == null && rel == null) {
                continue;
            }
            if (day != null && DateMath.safe(year != null ? year : 2000, month, day) == null) {
                continue; // 2月30日 is no date (2000 is a leap year, so 2月29日 passes without a year)
            }
            final Integer fy = year;
            final Integer fm = monthRange ? null : month;
            final Integer fd = monthRange ? null : day;
            final Integer offset = rel == null ? null : lex.relativeYears.get(rel);
            boolean relative = year == null;
            out.add(new Candidate(m.start(), m.end(), relative, (p, l) -> {
                int y;
                if (fy != null) {
                    y = fy;
                } else if (p == null) {
                    return null;
                } else {
                    y = p.year() + (offset == null ? 0 : offset);
                }
                if (fm == null) {
                    return DateMath.safe(y, null, null);
                }
                if (fy == null && offset == null && p.month() != null
                        && (y - p.year()) * 12 + fm - p.month() > lex.monthDayFutureLimitMonths) {
                    y -= 1; // 12月2日 in a March article: last December
                }
                return DateMath.safe(y, fm, fd);
            }));
        }
    }

    private void dayAlone(String s, List<Candidate> out) {
        for (Matcher m : DAY_ALONE.in(s)) {
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) {
                continue;
            }
            out.add(new Candidate(m.start(), m.end(), true, (p, l) -> {
                if (p == null || p.month() == null) {
                    return null;
                }
                PartialDate same = DateMath.safe(p.year(), p.month(), day);
                if (p.day() != null && day > p.day() || same == null) {
                    // a day later than publication in the same month has not happened yet: last month's
                    PartialDate prev = DateMath.shift(PartialDate.ofMonth(p.year(), p.month()), "MONTH", -1);
                    return DateMath.safe(prev.year(), prev.month(), day);
                }
                return same;
            }));
        }
    }

    private void relativeWords(String s, List<Candidate> out) {
        for (int at = 0; at < s.length(); at++) {
            String w = words.at(s, at);
            if (w == null) {
                continue;
            }
            Resolver r;
            if (lex.relativeMonths.containsKey(w)) {
                int off = lex.relativeMonths.get(w);
                r = (p, l) -> DateMath.shift(p, "MONTH", off);
            } else if (lex.relativeWeeks.containsKey(w)) {
                int off = lex.relativeWeeks.get(w);
                r = (p, l) -> DateMath.shift(p, "WEEK", off);
            } else if (lex.relativeDays.containsKey(w)) {
                int off = lex.relativeDays.get(w);
                r = (p, l) -> off == 0 && p != null && p.day() == null ? p : DateMath.shift(p, "DAY", off);
            } else if (lex.anaphoricDays.contains(w)) {
                r = (p, l) -> l != null ? l : (p != null && p.day() != null ? p : null);
            } else if (lex.periodOfYear.contains(w)) {
                r = (p, l) -> p == null ? null : PartialDate.ofYear(p.year());
            } else if (lex.periodOfMonth.contains(w)) {
                r = (p, l) -> p == null || p.month() == null ? null : PartialDate.ofMonth(p.year(), p.month());
            } else if (lex.decadeEnds.contains(w)) {
                r = (p, l) -> p == null ? null : PartialDate.ofYear(p.year() / 10 * 10 + 10);
            } else {
                r = (p, l) -> p == null ? null : PartialDate.ofYear(p.year() / 100 * 100 + 100);
            }
            out.add(new Candidate(at, at + w.length(), true, r));
            at += w.length() - 1;
        }
    }

    private void agoAndLater(String s, List<Candidate> out) {
        for (Matcher m : ago.in(s)) {
            ParsedNumber a = numbers.parse(m.group(1), 0);
            ParsedNumber b = m.group(2) == null ? null : numbers.parse(m.group(2), 0);
            if (a == null || a.end() != m.group(1).length() || (b != null && b.end() != m.group(2).length())) {
                continue;
            }
            String unit = lex.agoUnits.get(m.group(3));
            if (a.yearLike() && "YEAR".equals(unit)) {
                continue; // 2030年后: after a year, not N years later
            }
            int sign = lex.agoSuffixes.contains(m.group(4)) ? -1 : 1;
            long n1 = a.value().longValue();
            Long n2 = b == null ? null : b.value().longValue();
            out.add(new Candidate(m.start(), m.end(), true, (p, l) -> {
                PartialDate d1 = DateMath.shift(p, unit, sign * n1);
                return n2 == null ? d1 : DateMath.common(d1, DateMath.shift(p, unit, sign * n2));
            }));
        }
    }

    private void englishDates(String s, List<Candidate> out) {
        for (Matcher m : english.in(s)) {
            boolean monthFirst = m.group(1) != null;
            Integer month = lex.englishMonths.get((monthFirst ? m.group(1) : m.group(5)).toLowerCase(java.util.Locale.ROOT));
            int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
            int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
            PartialDate d = month == null ? null : DateMath.safe(year, month, day);
            if (d != null) {
                out.add(new Candidate(m.start(), m.end(), false, (p, l) -> d));
            }
        }
        for (Matcher m : englishMonthYear.in(s)) {
            Integer month = lex.englishMonths.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            PartialDate d = month == null ? null : DateMath.safe(Integer.parseInt(m.group(2)), month, null);
            if (d != null) {
                out.add(new Candidate(m.start(), m.end(), false, (p, l) -> d));
            }
        }
    }

    /** A bare 2025 counts as a year only where no amount reading fits: not before a unit or after a cue like 约. */
    private void bareYears(String s, List<Candidate> out) {
        for (Matcher m : bareYear.in(s)) {
            int y = Integer.parseInt(m.group(1));
            if (y < lex.bareYearMin || y > lex.bareYearMax) {
                continue;
            }
            int k = m.end();
            while (k < s.length() && s.charAt(k) == ' ') {
                k++;
            }
            if (k < s.length() && (lex.bareYearNotBefore.indexOf(s.charAt(k)) >= 0 || units.unitAt(s, k))) {
                continue;
            }
            int b = m.start();
            while (b > 0 && s.charAt(b - 1) == ' ') {
                b--;
            }
            if (b > 0 && "约近超逾达共第".indexOf(s.charAt(b - 1)) >= 0) {
                continue;
            }
            PartialDate d = PartialDate.ofYear(y);
            out.add(new Candidate(m.start(), m.end(), false, (p, l) -> d));
        }
    }

    /** 周三, 上周五, 星期天: a day of the publication week (or the shifted one). */
    private void weekdays(String s, List<Candidate> out) {
        for (Matcher m : weekday.in(s)) {
            Integer shift = m.group(1) == null ? null : lex.weekShift.get(m.group(1));
            int dow = lex.weekdays.get(m.group(3));
            out.add(new Candidate(m.start(), m.end(), true, (p, l) -> {
                if (p == null || p.day() == null) {
                    return null;
                }
                java.time.LocalDate pub = p.firstDay();
                if (shift == null) {
                    int back = (pub.getDayOfWeek().getValue() - dow + 7) % 7;
                    return PartialDate.of(pub.minusDays(back));
                }
                java.time.LocalDate monday = pub.minusDays(pub.getDayOfWeek().getValue() - 1L);
                return PartialDate.of(monday.plusWeeks(shift).plusDays(dow - 1L));
            }));
        }
    }

    /** 民國114年3月: Minguo-era dates of Taiwanese sources. */
    private void rocDates(String s, List<Candidate> out) {
        for (Matcher m : roc.in(s)) {
            int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) + lex.rocOffset;
            Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer day = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            PartialDate d = DateMath.safe(year, month, day);
            if (d != null) {
                out.add(new Candidate(m.start(), m.end(), false, (p, l) -> d));
            }
        }
    }

    private static String firstChars(Collection<String> forms) {
        StringBuilder b = new StringBuilder();
        for (String f : forms) {
            b.append(f.charAt(0));
        }
        return b.toString();
    }

    /**
     * The chars and their other case: a case-blind English date starts with the first letter of a month
     * name (or a digit), so it is tried there only, not at every letter of an English passage.
     */
    private static String bothCases(String chars) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            b.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
        }
        return b.toString();
    }

    private static String alternation(Collection<String> forms) {
        List<String> sorted = LexiconData.longestFirst(new ArrayList<>(forms));
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(sorted.get(i)));
        }
        return b.append(')').toString();
    }

}
