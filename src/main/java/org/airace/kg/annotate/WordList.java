package org.airace.kg.annotate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final CharSet first;
    private final CharSet last;
    /** The words that begin (end) with a char, longest first: a hit is tested against those only. */
    private final Buckets byFirst;
    private final Buckets byLast;

    public WordList(List<String> longestFirst) {
        this.words = List.copyOf(longestFirst);
        Map<Character, List<String>> starting = new HashMap<>();
        Map<Character, List<String>> ending = new HashMap<>();
        StringBuilder firsts = new StringBuilder();
        StringBuilder lasts = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            firsts.append(w.charAt(0));
            lasts.append(w.charAt(w.length() - 1));
            starting.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            ending.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
        this.first = CharSet.of(firsts.toString());
        this.last = CharSet.of(lasts.toString());
        this.byFirst = new Buckets(starting);
        this.byLast = new Buckets(ending);
    }

    /**
     * Words by a char, in an open-addressing table of chars: looked up at every place of a text whose
     * char passes the bit test, where a map would box the char and a binary search take several steps.
     */
    private static final class Buckets {
        private final int[] keys;
        private final String[][] words;
        private final int mask;

        Buckets(Map<Character, List<String>> lists) {
            int size = Integer.highestOneBit(Math.max(1, lists.size()) * 4 - 1) << 1;
            keys = new int[size];
            Arrays.fill(keys, -1);
            words = new String[size][];
            mask = size - 1;
            for (Map.Entry<Character, List<String>> e : new TreeMap<>(lists).entrySet()) {
                int k = slot(e.getKey());
                keys[k] = e.getKey();
                words[k] = e.getValue().toArray(String[]::new);
            }
        }

        /** The slot of {@code c}, or the empty slot where it would go. */
        private int slot(char c) {
            int k = (c * 0x9E3779B1 >>> 16) & mask;
            while (keys[k] != -1 && keys[k] != c) {
                k = (k + 1) & mask;
            }
            return k;
        }

        String[] of(char c) {
            int k = slot(c);
            return keys[k] == c ? words[k] : NONE;
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
        if (at < 0 || at >= text.length() || !first.contains(text.charAt(at))) return null;
        for (String w : byFirst.of(text.charAt(at))) {
            if (text.startsWith(w, at)) return w;
        }
        return null;
    }

    /** Every word of the list that starts at {@code at}, longest first. */
    public void allAt(String text, int at, java.util.function.Consumer<String> found) {
        if (at < 0 || at >= text.length() || !first.contains(text.charAt(at))) return;
        for (String w : byFirst.of(text.charAt(at))) {
            if (text.startsWith(w, at)) found.accept(w);
        }
    }

    /** The first word of the list (the longest) that ends at {@code end}, or null. */
    public String endingAt(String text, int end) {
        if (end <= 0 || end > text.length() || !last.contains(text.charAt(end - 1))) return null;
        for (String w : byLast.of(text.charAt(end - 1))) {
            int b = end - w.length();
            if (b >= 0 && text.startsWith(w, b)) return w;
        }
        return null;
    }
}
