package org.airace.kg.annotate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cue-word list, longest word first, that also knows which characters its words begin and end
 * with: looking for a cue at every text position then costs one bit test where no word can start.
 */
public final class WordList extends AbstractList<String> {

    private final List<String> words;
    private final BitSet first = new BitSet(0x10000);
    private final BitSet last = new BitSet(0x10000);
    /** The words that begin (end) with a char, longest first: a hit is tested against those only. */
    private final Buckets byFirst;
    private final Buckets byLast;

    public WordList(List<String> longestFirst) {
        this.words = List.copyOf(longestFirst);
        Map<Character, List<String>> starting = new HashMap<>();
        Map<Character, List<String>> ending = new HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) continue;
            first.set(w.charAt(0));
            last.set(w.charAt(w.length() - 1));
            starting.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            ending.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
        this.byFirst = new Buckets(starting);
        this.byLast = new Buckets(ending);
    }

    /**
     * Words by a char, as sorted keys and a binary search: looked up at every place of a text whose char
     * passes the bit test, where a map would box the char each time.
     */
    private static final class Buckets {
        private final char[] keys;
        private final String[][] words;

        Buckets(Map<Character, List<String>> lists) {
            keys = new char[lists.size()];
            words = new String[lists.size()][];
            int i = 0;
            for (Map.Entry<Character, List<String>> e : new TreeMap<>(lists).entrySet()) {
                keys[i] = e.getKey();
                words[i++] = e.getValue().toArray(String[]::new);
            }
        }

        String[] of(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? words[k] : NONE;
        }

        private static final String[] NONE = new String[0];
    }

    @Override
    public String get(int index) {
        return words.get(index);
    }

    @Override
    public int size() {
        return words.size();
    }

    /** The first word of the list (the longest) that starts at {@code at}, or null. */
    public String at(String text, int at) {
        if (at < 0 || at >= text.length() || !first.get(text.charAt(at))) return null;
        for (String w : byFirst.of(text.charAt(at))) {
            if (text.startsWith(w, at)) return w;
        }
        return null;
    }

    /** Every word of the list that starts at {@code at}, longest first. */
    public void allAt(String text, int at, java.util.function.Consumer<String> found) {
        if (at < 0 || at >= text.length() || !first.get(text.charAt(at))) return;
        for (String w : byFirst.of(text.charAt(at))) {
            if (text.startsWith(w, at)) found.accept(w);
        }
    }

    /** The first word of the list (the longest) that ends at {@code end}, or null. */
    public String endingAt(String text, int end) {
        if (end <= 0 || end > text.length() || !last.get(text.charAt(end - 1))) return null;
        for (String w : byLast.of(text.charAt(end - 1))) {
            int b = end - w.length();
            if (b >= 0 && text.startsWith(w, b)) return w;
        }
        return null;
    }
}
