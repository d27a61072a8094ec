package org.airace.kg.annotate.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quoted passages: an opening mark, then everything up to its closing mark, with
 * marks of other kinds nested inside left alone (『』 inside 「」). A passage never crosses a line
 * break (news exports put one paragraph on a line), so an unclosed mark cannot swallow the article.
 */
final class QuoteMarks {

    /** A quoted passage: the marks stand at {@code open} and {@code close}; the words lie between. */
    record Passage(int open, int close) {
        int innerBegin() {
            return open + 1;
        }

        int innerEnd() {
            return close;
        }

        boolean containsOffset(int offset) {
            return offset > open && offset < close;
        }
    }

    private QuoteMarks() {}

    static List<Passage> find(String n, List<String[]> pairs, int maxLength) {
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            String[] pair = pairOpenedBy(n.charAt(i), pairs);
            if (pair == null) {
                i++;
                continue;
            }
            int close = closing(n, i, pair[1].charAt(0), maxLength);
            if (close < 0) {
                i++;
                continue;
            }
            out.add(new Passage(i, close));
            i = close + 1;
        }
        return out;
    }

    private static String[] pairOpenedBy(char c, List<String[]> pairs) {
        for (String[] p : pairs) {
            if (p[0].charAt(0) == c) {
                return p;
            }
        }
        return null;
    }

    private static int closing(String n, int open, char closer, int maxLength) {
        char opener = n.charAt(open);
        int depth = 0;
        int limit = Math.min(n.length(), open + maxLength + 1);
        for (int j = open + 1; j < limit; j++) {
            char c = n.charAt(j);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == closer) {
                if (depth == 0) {
                    return j;
                }
                depth--;
            } else if (c == opener && opener != closer) {
                depth++;
            }
        }
        return -1;
    }
}
