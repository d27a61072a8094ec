package org.airace.kg.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indexed lookups of {@link WordList} answer as a scan over the whole list in its order would. */
class WordListTest {

    private static final String ALPHABET = "国务院商部委会中美日ab";

    @Test
    void indexedLookupsAgreeWithAScanOverEveryWord() {
        Random random = new Random(9);
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                words.add(random(random, 1 + random.nextInt(3)));
            }
            words.sort(Comparator.comparingInt(String::length).reversed());
            WordList list = new WordList(words);
            for (int t = 0; t < 30; t++) {
                String text = random(random, random.nextInt(12));
                for (int at = -1; at <= text.length() + 1; at++) {
                    assertThat(list.at(text, at)).isEqualTo(firstAt(words, text, at));
                    assertThat(list.endingAt(text, at)).isEqualTo(firstEndingAt(words, text, at));
                    List<String> all = new ArrayList<>();
                    list.allAt(text, at, all::add);
                    assertThat(all).isEqualTo(allAt(words, text, at));
                }
            }
        }
    }

    private static String firstAt(List<String> words, String text, int at) {
        List<String> all = allAt(words, text, at);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> allAt(List<String> words, String text, int at) {
        List<String> out = new ArrayList<>();
        if (at < 0 || at >= text.length()) return out;
        for (String w : words) {
            if (text.startsWith(w, at)) out.add(w);
        }
        return out;
    }

    private static String firstEndingAt(List<String> words, String text, int end) {
        if (end <= 0 || end > text.length()) return null;
        for (String w : words) {
            int b = end - w.length();
            if (b >= 0 && text.startsWith(w, b)) return w;
        }
        return null;
    }

    private static String random(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
