package org.airace.kg.text;

import java.util.List;

/**
 * A document's text as the annotators see it: the original, a same-length normalised view for
 * matching (Simplified script, half-width), and sentence boundaries. All offsets are UTF-16
 * indexes into the original; because the view has the same length, they index the view too.
 */
public final class TextView {

    private final String original;
    private final String normalized;
    private final List<Sentence> sentences;
    private final int[] sentenceOfChar;

    public TextView(String original) {
        this.original = original;
        this.normalized = ScriptNormalizer.normalize(original);
        this.sentences = List.copyOf(SentenceSplitter.split(normalized));
        this.sentenceOfChar = new int[original.length()];
        java.util.Arrays.fill(sentenceOfChar, -1);
        for (Sentence s : sentences) {
            java.util.Arrays.fill(sentenceOfChar, s.begin(), s.end(), s.index());
        }
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public int length() {
        return original.length();
    }

    /** The original characters in [begin, end). */
    public String slice(int begin, int end) {
        return original.substring(begin, end);
    }

    /** The sentence containing {@code offset}, or null for offsets between sentences. */
    public Sentence sentenceAt(int offset) {
        if (offset < 0 || offset >= sentenceOfChar.length) {
            return null;
        }
        int i = sentenceOfChar[offset];
        return i < 0 ? null : sentences.get(i);
    }

    /**
     * The script of the text: zh-Hant or zh-Hans by which script's distinctive characters
     * dominate, "en" when there is next to no Han text.
     */
    public String script() {
        int han = 0, trad = 0, simp = 0, latin = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (ScriptNormalizer.isTraditionalOnly(c)) trad++;
                else if (ScriptNormalizer.isSimplifiedOnly(c)) simp++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        if (han == 0 || han * 10 < latin) {
            return "en";
        }
        return trad >= simp ? "zh-Hant" : "zh-Hans";
    }
}
