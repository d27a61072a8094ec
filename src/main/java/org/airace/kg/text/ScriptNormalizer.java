package org.airace.kg.text;

import com.hankcs.hanlp.HanLP;

/**
 * Builds the NLP view of a text: Traditional characters converted to Simplified one character at a
 * time, full-width ASCII folded to ASCII. Each output char stands at the same index as its input
 * char, so an offset found in the view is an offset in the original.
 *
 * <p>Why character by character: HanLP's phrase conversion rewrites words (執行長 becomes
 * 首席执行官) and changes the text's length, after which offsets no longer map back. A per-char
 * table loses those phrase rewrites, which the lexicon covers with explicit aliases instead.
 */
public final class ScriptNormalizer {

    private static final char[] TO_SIMPLIFIED = new char[0x10000];
    private static final char[] TO_TRADITIONAL = new char[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            TO_SIMPLIFIED[c] = (char) c;
            TO_TRADITIONAL[c] = (char) c;
        }
        // CJK Unified Ideographs and Extension A: the ranges news text uses.
        fill(0x3400, 0x4DBF);
        fill(0x4E00, 0x9FFF);
        fill(0xF900, 0xFAFF);
    }

    private static void fill(int from, int to) {
        StringBuilder all = new StringBuilder(to - from + 1);
        for (int c = from; c <= to; c++) {
            all.append((char) c);
        }
        // Convert each char separately: joined, neighbouring chars could form a dictionary phrase.
        for (int c = from; c <= to; c++) {
            String one = String.valueOf((char) c);
            String s = HanLP.convertToSimplifiedChinese(one);
            if (s.length() == 1) {
                TO_SIMPLIFIED[c] = s.charAt(0);
            }
            String t = HanLP.convertToTraditionalChinese(one);
            if (t.length() == 1) {
                TO_TRADITIONAL[c] = t.charAt(0);
            }
        }
    }

    private ScriptNormalizer() {}

    /** Same-length Simplified, half-width view of {@code text}. */
    public static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(TO_SIMPLIFIED[text.charAt(i)]);
        }
        return new String(out);
    }

    /** Simplified form of one string, char by char (lexicon keys use the same view as the text). */
    public static String toSimplified(String text) {
        return normalize(text);
    }

    /** Traditional form of one string, char by char: a best effort for labels, not for matching. */
    public static String toTraditional(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TO_TRADITIONAL[text.charAt(i)];
        }
        return new String(out);
    }

    public static boolean isTraditionalOnly(char c) {
        return TO_SIMPLIFIED[c] != c;
    }

    public static boolean isSimplifiedOnly(char c) {
        return TO_TRADITIONAL[c] != c && TO_SIMPLIFIED[c] == c;
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }
}
