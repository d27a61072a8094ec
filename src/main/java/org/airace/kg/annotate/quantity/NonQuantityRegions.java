package org.airace.kg.annotate.quantity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of text whose digits are not amounts: web addresses, e-mail addresses, numeric dates
 * and clock times, phone numbers. Shared with the time annotator (which keeps dates, drops the rest).
 */
public final class NonQuantityRegions {

    /** Web addresses run until white space or a CJK/full-width char. */
    public static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s\\u3000-\\u303F\\uFF00-\\uFFEF\\u4E00-\\u9FFF<>\"'，。]+");
    public static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    public static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.-])(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4})(?![\\d/])");
    public static final Pattern CLOCK = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");
    public static final Pattern PHONE = Pattern.compile(
            "(?<![\\d\\w])(?:\\+\\d{1,3}[ -]?)?(?:\\(\\d{2,4}\\)[ -]?|\\d{2,4}[ -])\\d{3,4}[ -]\\d{3,4}(?![\\d])|(?<![\\d,.])\\d{8,}(?![\\d,.])");

    private static final List<Pattern> ALL = List.of(URL, EMAIL, NUMERIC_DATE, CLOCK, PHONE);

    private NonQuantityRegions() {}

    /** Marks every char inside such a region. */
    public static boolean[] mark(String normalized) {
        boolean[] blocked = new boolean[normalized.length()];
        for (Pattern p : ALL) {
            Matcher m = p.matcher(normalized);
            while (m.find()) {
                java.util.Arrays.fill(blocked, m.start(), m.end(), true);
            }
        }
        return blocked;
    }

    /** Marks web and mail addresses only (digits in them are never dates either). */
    public static boolean[] markAddresses(String normalized) {
        boolean[] blocked = new boolean[normalized.length()];
        for (Pattern p : List.of(URL, EMAIL)) {
            Matcher m = p.matcher(normalized);
            while (m.find()) {
                java.util.Arrays.fill(blocked, m.start(), m.end(), true);
            }
        }
        return blocked;
    }
}
