package org.airace.kg.source;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date in a header value or line: 2025年2月20日 (spaces allowed), 民國114年…,
 * 2025-02-20, 2025/2/20, 2025.02.20, 02/20/2025 (US order, as English exports write it; a first
 * field above 12 can only be a day, so 20/02/2025 reads as day first), "February 20, 2025",
 * "20 Feb 2025", and month-only forms. A time after the date is ignored.
 */
public final class HeaderDateParser {

    /** A date found in a string, with where it stood. */
    public record Found(PartialDate date, int start, int end) {}

    private static final String DAY_MARK = "\\s*[日號号]";
    private static final Pattern CJK_FULL = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})(?:" + DAY_MARK + "|(?![\\d:：])))?");
    private static final Pattern ROC = Pattern.compile(
            "(?:民國|民国)\\s*(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})" + DAY_MARK + ")?");
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC_YEAR_LAST = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern WORD_MONTH_FIRST = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST_WORD_MONTH = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern WORD_MONTH_YEAR = Pattern.compile("(?i)\\b([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*(\\d{4})\\s*年?\\s*$");

    private final HeaderLabels labels;

    public HeaderDateParser(HeaderLabels labels) {
        this.labels = labels;
    }

    /** The earliest date in the string, or null when there is none (or only impossible ones). */
    public Found find(String s) {
        List<Found> all = new ArrayList<>();
        collect(all, CJK_FULL.matcher(s), m -> date(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        collect(all, ROC.matcher(s), m -> date(Integer.parseInt(m.group(1)) + 1911, m.group(2), m.group(3)));
        collect(all, ISO.matcher(s), m -> date(Integer.parseInt(m.group(1)), m.group(3), m.group(4)));
        collect(all, NUMERIC_YEAR_LAST.matcher(s), m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            // Month first unless the first field cannot be a month.
            return a > 12 ? date(year, String.valueOf(b), String.valueOf(a)) : date(year, String.valueOf(a), String.valueOf(b));
        });
        collect(all, WORD_MONTH_FIRST.matcher(s), m -> {
            Integer month = labels.months().get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null : date(Integer.parseInt(m.group(3)), month.toString(), m.group(2));
        });
        collect(all, DAY_FIRST_WORD_MONTH.matcher(s), m -> {
            Integer month = labels.months().get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? null : date(Integer.parseInt(m.group(3)), month.toString(), m.group(1));
        });
        collect(all, WORD_MONTH_YEAR.matcher(s), m -> {
            Integer month = labels.months().get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null : date(Integer.parseInt(m.group(2)), month.toString(), null);
        });
        collect(all, YEAR_ONLY.matcher(s), m -> date(Integer.parseInt(m.group(1)), null, null));
        Found best = null;
        for (Found f : all) {
            // Earliest wins; at the same start the longer (more precise) match wins.
            if (best == null || f.start() < best.start()
                    || (f.start() == best.start() && f.end() > best.end())) {
                best = f;
            }
        }
        return best;
    }

    /** The date in the string, or null. */
    public PartialDate parse(String s) {
        Found f = find(s);
        return f == null ? null : f.date();
    }

    private interface DateOf {
        PartialDate apply(Matcher m);
    }

    private static void collect(List<Found> out, Matcher m, DateOf dateOf) {
        while (m.find()) {
            PartialDate d;
            try {
                d = dateOf.apply(m);
            } catch (DateTimeException | IllegalArgumentException e) {
                d = null; // 2025-02-30 and the like: not a date, keep looking
            }
            if (d != null) {
                out.add(new Found(d, m.start(), m.end()));
            }
        }
    }

    private static PartialDate date(int year, String month, String day) {
        if (year < 1900 || year > 2200) {
            return null; // a four-digit number that is not a plausible publication year
        }
        Integer mo = month == null ? null : Integer.valueOf(month);
        Integer d = day == null ? null : Integer.valueOf(day);
        return new PartialDate(year, mo, d);
    }
}
