package org.airace.kg.annotate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Searches confined to a window of a text. {@link String#indexOf(String, int)} has no end bound: asked
 * for a word near one place, it runs on to the end of the document when the word is not there, which
 * makes a per-mention or per-quantity look-around cost as much as the whole text.
 */
public final class TextSearch {

    /** For each first char asked about, the chars {@code regionMatches(ignoreCase)} takes for it. */
    private static final Map<Character, String> MATCHING_IGNORE_CASE = new ConcurrentHashMap<>();
    private static final Map<Character, CharSet> MATCHING_IGNORE_CASE_SETS = new ConcurrentHashMap<>();

    private TextSearch() {}

    /**
     * Every char that {@link String#regionMatches(boolean, int, String, int, int)} with ignoreCase takes
     * for {@code c}: itself, its other case, and the few that fold to it (K, the Kelvin sign, for k; ı
     * for i). CJK radicals and ideographs (U+2E80 to U+9FFF) have no case mapping and match only
     * themselves.
     */
    public static String charsMatchingIgnoreCase(char c) {
        return MATCHING_IGNORE_CASE.computeIfAbsent(c, TextSearch::matchingIgnoreCase);
    }

    private static String matchingIgnoreCase(char c) {
        if (c >= 0x2E80 && c <= 0x9FFF) {
            return String.valueOf(c);
        }
        StringBuilder chars = new StringBuilder();
        String one = String.valueOf(c);
        for (int other = 0; other < 0x10000; other++) {
            if (String.valueOf((char) other).regionMatches(true, 0, one, 0, 1)) {
                chars.append((char) other);
            }
        }
        return chars.toString();
    }

    /**
     * The first place in [from, to - w.length()] where {@code w} matches ignoring case (as
     * {@code regionMatches(true, ...)}), or -1; an empty word is at {@code from} if {@code from <= to}.
     * Only the places whose char can match the word's first char are compared.
     */
    public static int indexOfIgnoreCase(String s, String w, int from, int to) {
        if (w.isEmpty()) {
            return from <= to ? from : -1;
        }
        CharSet firsts = MATCHING_IGNORE_CASE_SETS.computeIfAbsent(w.charAt(0), c -> CharSet.of(charsMatchingIgnoreCase(c)));
        return indexOfIgnoreCase(s, w, firsts, from, to);
    }

    /** As {@link #indexOfIgnoreCase(String, String, int, int)} for a non-empty word, with its {@link #charsMatchingIgnoreCase} first chars at hand. */
    public static int indexOfIgnoreCase(String s, String w, CharSet firsts, int from, int to) {
        int last = Math.min(to, s.length()) - w.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (firsts.contains(s.charAt(i)) && s.regionMatches(true, i, w, 0, w.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The first place of {@code c} in [from, to), or -1. */
    public static int indexOf(String s, char c, int from, int to) {
        int end = Math.min(to, s.length());
        for (int i = Math.max(0, from); i < end; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first place where {@code w} starts and ends within [from, to), or -1; an empty word is at {@code from}. */
    public static int indexOf(String s, String w, int from, int to) {
        int begin = Math.min(Math.max(0, from), s.length());
        int last = Math.min(to, s.length()) - w.length();
        if (w.isEmpty()) {
            return begin <= last ? begin : -1;
        }
        char first = w.charAt(0);
        for (int i = begin; i <= last; i++) {
            if (s.charAt(i) == first && s.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * As {@link String#lastIndexOf(String, int)} (the last place where {@code w} starts at or before
     * {@code from}, whatever follows), but looked for no further back than {@code lowest}; -1 if none.
     */
    public static int lastIndexOf(String s, String w, int from, int lowest) {
        int k = Math.min(from, s.length() - w.length());
        if (w.isEmpty()) {
            return k >= Math.max(0, lowest) ? k : -1;
        }
        char first = w.charAt(0);
        for (; k >= Math.max(0, lowest); k--) {
            if (s.charAt(k) == first && s.startsWith(w, k)) {
                return k;
            }
        }
        return -1;
    }
}
