package org.airace.kg.annotate;

/**
 * Searches confined to a window of a text. {@link String#indexOf(String, int)} has no end bound: asked
 * for a word near one place, it runs on to the end of the document when the word is not there, which
 * makes a per-mention or per-quantity look-around cost as much as the whole text.
 */
public final class TextSearch {

    private TextSearch() {}

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
