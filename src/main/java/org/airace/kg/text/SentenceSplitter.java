package org.airace.kg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences on Chinese and Latin terminators and on line breaks (news exports put
 * one paragraph or heading on a line). Closing quotes and brackets after a terminator stay with
 * the sentence they close. Works on the normalised view, whose offsets equal the original's.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = "。！？!?…";
    private static final String CLOSERS = "」』”’\"')）】》";
    private static final String LEADING_MARKERS = "-*#•●◆■▪·>–—";

    private SentenceSplitter() {}

    public static List<Sentence> split(String normalized) {
        List<Sentence> out = new ArrayList<>();
        int n = normalized.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = normalized.charAt(i);
            int cut = -1;
            if (c == '\n' || c == '\r') {
                cut = i;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && (TERMINATORS.indexOf(normalized.charAt(j)) >= 0 || CLOSERS.indexOf(normalized.charAt(j)) >= 0)) {
                    j++;
                }
                cut = j;
            } else if (c == '.' && isLatinSentenceEnd(normalized, i)) {
                int j = i + 1;
                while (j < n && CLOSERS.indexOf(normalized.charAt(j)) >= 0) {
                    j++;
                }
                cut = j;
            }
            if (cut >= 0) {
                add(out, normalized, start, cut);
                start = cut;
                i = Math.max(cut, i + 1);
            } else {
                i++;
            }
        }
        add(out, normalized, start, n);
        return out;
    }

    /** A full stop ends a Latin sentence when followed by white space or the end, and not inside a number or an initial. */
    private static boolean isLatinSentenceEnd(String s, int i) {
        if (i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) && CLOSERS.indexOf(s.charAt(i + 1)) < 0) {
            return false;
        }
        // "H." in "Colin H. Kahl", "U.S." : a single capital before the dot is an initial.
        if (i >= 1 && Character.isUpperCase(s.charAt(i - 1)) && (i < 2 || !Character.isLetter(s.charAt(i - 2)))) {
            return false;
        }
        return true;
    }

    private static void add(List<Sentence> out, String s, int begin, int end) {
        while (begin < end && (Character.isWhitespace(s.charAt(begin)) || LEADING_MARKERS.indexOf(s.charAt(begin)) >= 0)) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Sentence(out.size(), begin, end));
        }
    }
}
