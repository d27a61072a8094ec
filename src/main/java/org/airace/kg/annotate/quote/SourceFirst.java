package org.airace.kg.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.TextSearch;
import org.airace.kg.text.Sentence;

/**
 * Reports whose source stands after the opening words: "According to Reuters, …" and
 * 根据X的说法，…. The source runs from the opener to the closer; the words are the rest of the sentence.
 */
final class SourceFirst {

    /** An opener and the closers that end its source phrase. */
    record Frame(String opener, List<String> closers) {}

    /** A report found: the cue (the opener), the source phrase and the reported words. */
    record Found(int cueBegin, int cueEnd, int sourceBegin, int sourceEnd, int wordsBegin, int wordsEnd) {}

    private final List<Frame> frames;
    private final int maxSource;

    SourceFirst(List<Frame> frames, int maxSource) {
        this.frames = frames;
        this.maxSource = maxSource;
    }

    List<Found> find(String n, Sentence s) {
        List<Found> out = new ArrayList<>();
        for (Frame f : frames) {
            int at = indexIgnoreCase(n, f.opener(), s.begin(), s.end());
            if (at < 0 || startsInsideWord(n, at)) {
                continue;
            }
            int sourceBegin = at + f.opener().length();
            int best = -1;
            String closer = null;
            for (String c : f.closers()) {
                int k = indexWithin(n, c, sourceBegin, Math.min(s.end() - 1, sourceBegin + maxSource));
                if (k > sourceBegin && k < s.end() && k - sourceBegin <= maxSource && (best < 0 || k < best)) {
                    best = k;
                    closer = c;
                }
            }
            if (best >= 0) {
                out.add(new Found(at, sourceBegin, sourceBegin, best, best + closer.length(), s.end()));
            }
        }
        return out;
    }

    /** The last speaking-type mention inside the source phrase, or null. */
    static EntityMention mentionIn(List<EntityMention> mentions, QuoteCues cues, int begin, int end) {
        EntityMention last = null;
        for (EntityMention m : mentions) {
            if (m.span().begin() >= begin && m.span().end() <= end && cues.speakerTypes.contains(m.type())) {
                last = m;
            }
        }
        return last;
    }

    private static boolean startsInsideWord(String n, int at) {
        return at > 0 && n.charAt(at - 1) < 0x80 && Character.isLetter(n.charAt(at - 1));
    }

    /**
     * The first place in [from, to - w.length()] where {@code w} starts, ignoring case as
     * {@link String#regionMatches(boolean, int, String, int, int)} does. Han characters and CJK
     * punctuation have no case, and no character with a case folds to one of them, so when {@code w}
     * starts with such a character a match can only start where that very character stands.
     */
    static int indexIgnoreCase(String n, String w, int from, int to) {
        if (w.isEmpty())
            return from <= to ? from : -1;
        char first = w.charAt(0);
        if (caseless(first)) {
            // A case-folding compare only where that character stands, and never past the window.
            int lastStart = to - w.length();
            for (int i = TextSearch.indexOf(n, first, from, lastStart + 1); i >= 0; i = TextSearch.indexOf(n, first, i + 1, lastStart + 1)) {
                if (n.regionMatches(true, i, w, 0, w.length())) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i + w.length() <= to; i++) {
            if (n.regionMatches(true, i, w, 0, w.length())) {
                return i;
            }
        }
        return -1;
    }

    /** CJK radicals to CJK unified ideographs (U+2E80 to U+9FFF): no character there has a case mapping. */
    private static boolean caseless(char c) {
        return c >= 0x2E80 && c <= 0x9FFF;
    }

    /**
     * The first place in [from, lastStart] where {@code w} starts, or -1: {@code indexOf} bounded to
     * where a closer may still count, instead of scanning the rest of the document for each sentence.
     */
    private static int indexWithin(String n, String w, int from, int lastStart) {
        for (int i = from; i <= lastStart && i + w.length() <= n.length(); i++) {
            if (n.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }
}
