package org.airace.kg.annotate.entity;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;

/**
 * A cue-word list, longest word first, that also knows which characters its words begin and end
 * with: looking for a cue at every text position then costs one bit test where no word can start.
 */
final class WordList extends AbstractList<String> {

    private final List<String> words;
    private final BitSet first = new BitSet(0x10000);
    private final BitSet last = new BitSet(0x10000);

    WordList(List<String> longestFirst) {
        this.words = List.copyOf(longestFirst);
        for (String w : words) {
            if (w.isEmpty()) continue;
            first.set(w.charAt(0));
            last.set(w.charAt(w.length() - 1));
        }
    }

    @Override
    public String get(int index) {
        return words.get(index);
    }

    @Override
    public int size() {
        return words.size();
    }

    String at(String text, int at) {
        if (at < 0 || at >= text.length() || !first.get(text.charAt(at))) return null;
        for (String w : words) {
            if (text.startsWith(w, at)) return w;
        }
        return null;
    }

    String endingAt(String text, int end) {
        if (end <= 0 || end > text.length() || !last.get(text.charAt(end - 1))) return null;
        for (String w : words) {
            int b = end - w.length();
            if (b >= 0 && text.startsWith(w, b)) return w;
        }
        return null;
    }
}
