package org.airace.kg.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * Guesses the language tag of a text when neither header nor sidecar states it: "en" when there
 * is (almost) no Chinese, "mixed" when English words are a large share next to Chinese, otherwise
 * zh-Hant or zh-Hans by counting script-marking characters (國 vs 国). Counting many characters
 * matters because a few Simplified shapes (台, 里) are also ordinary in Taiwanese text.
 */
public final class LanguageGuesser {

    static final String RESOURCE = "script-markers.json";
    /** Characters looked at; the opening of an article shows its script as well as the whole. */
    private static final int SAMPLE = 20_000;
    /** English words per Chinese character above which a text counts as bilingual. */
    private static final double MIXED_WORDS_PER_HAN = 0.25;
    /** Below this many Chinese characters per English word the text is English. */
    private static final double ENGLISH_HAN_PER_WORD = 0.1;

    private static volatile BitSet[] markers;

    public String guess(String text) {
        BitSet[] m = markers();
        int han = 0;
        int words = 0;
        int trad = 0;
        int simp = 0;
        boolean inWord = false;
        int wordLetters = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (letter) {
                wordLetters = inWord ? wordLetters + 1 : 1;
                inWord = true;
                if (wordLetters == 2) {
                    words++; // single letters (A, I) are not counted as words
                }
                continue;
            }
            inWord = false;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (m[0].get(c)) trad++;
                if (m[1].get(c)) simp++;
            }
        }
        if (han == 0 || han < words * ENGLISH_HAN_PER_WORD) {
            return words > 0 ? "en" : null;
        }
        if (words >= han * MIXED_WORDS_PER_HAN) {
            return "mixed";
        }
        return trad >= simp ? "zh-Hant" : "zh-Hans";
    }

    private static BitSet[] markers() {
        BitSet[] m = markers;
        if (m == null) {
            try (InputStream in = LanguageGuesser.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                JsonNode root = new ObjectMapper().readTree(in);
                m = new BitSet[] {bits(root.path("traditional").asText()), bits(root.path("simplified").asText())};
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            markers = m;
        }
        return m;
    }

    private static BitSet bits(String chars) {
        BitSet b = new BitSet(0x10000);
        chars.chars().forEach(b::set);
        return b;
    }
}
