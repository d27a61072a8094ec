package org.airace.kg.annotate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cue-word list, longest word first, that also knows which characters its words begin and end
 * with: looking for a cue at every text position then costs one bit test where no word can start.
 */
public final class WordList extends AbstractList<String> {

    private final List<String> words;
    private final BitSet first = new BitSet(0x10000);
    private final BitSet last = new BitSet(0x10000);
    /** The words that begin (end) with a char, longest first: a hit is tested against those only. */
    private final Map<Character, String[]> byFirst;
    private final Map<Character, String[]> byLast;

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
        this.byFirst = asArrays(starting);
        this.byLast = asArrays(ending);
    }

    private static Map<Character, String[]> asArrays(Map<Character, List<String>> lists) {
        Map<Character, String[]> out = new HashMap<>();
        lists.forEach((c, ws) -> out.put(c, ws.toArray(String[]::new)));
        return out;
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
        for (String w : byFirst.get(text.charAt(at))) {
            if (text.startsWith(w, at)) return w;
        }
        return null;
    }

    /** The first word of the list (the longest) that ends at {@code end}, or null. */
    public String endingAt(String text, int end) {
        if (end <= 0 || end > text.length() || !last.get(text.charAt(end - 1))) return null;
        for (String w : byLast.get(text.charAt(end - 1))) {
            int b = end - w.length();
            if (b >= 0 && text.startsWith(w, b)) return w;
        }
        return null;
    }
}
