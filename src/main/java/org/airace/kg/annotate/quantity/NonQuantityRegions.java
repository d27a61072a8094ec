package org.airace.kg.annotate.quantity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.annotate.TriggeredPattern;

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

    private static final String DIGITS = "0123456789";
    private static final TriggeredPattern T_URL = new TriggeredPattern(URL, "hHwW");
    private static final TriggeredPattern T_EMAIL = new TriggeredPattern(EMAIL, TriggeredPattern.asciiLetters() + DIGITS + "_.+-", '@');
    private static final List<TriggeredPattern> ADDRESSES = List.of(T_URL, T_EMAIL);
    private static final List<TriggeredPattern> ALL = List.of(T_URL, T_EMAIL,
            new TriggeredPattern(NUMERIC_DATE, DIGITS).notAfter(DIGITS + "/.-"),
            new TriggeredPattern(CLOCK, DIGITS).notAfter(DIGITS + ":"),
            new TriggeredPattern(PHONE, DIGITS + "+(").notAfter(DIGITS)); // both alternatives' lookbehinds exclude digits

    private NonQuantityRegions() {}

    /** Marks every char inside such a region. */
    public static boolean[] mark(String normalized) {
        return markAll(normalized, ALL);
    }

    /** Marks web and mail addresses only (digits in them are never dates either). */
    public static boolean[] markAddresses(String normalized) {
        return markAll(normalized, ADDRESSES);
    }

    private static boolean[] markAll(String normalized, List<TriggeredPattern> patterns) {
        boolean[] blocked = new boolean[normalized.length()];
        for (TriggeredPattern p : patterns) {
            for (Matcher m : p.in(normalized)) {
                java.util.Arrays.fill(blocked, m.start(), m.end(), true);
            }
        }
        return blocked;
    }
}
