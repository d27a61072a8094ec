package org.airace.kg.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.CharSet;
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
    /** Per frame, the chars its opener can start with when case is ignored (looked up once, not per sentence). */
    private final List<CharSet> openerFirsts = new ArrayList<>();
    private final int maxSource;

    SourceFirst(List<Frame> frames, int maxSource) {
        this.frames = frames;
        this.maxSource = maxSource;
        for (Frame f : frames) {
            openerFirsts.add(f.opener().isEmpty() ? null : CharSet.of(TextSearch.charsMatchingIgnoreCase(f.opener().charAt(0))));
        }
    }

    List<Found> find(String n, Sentence s) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            int at = f.opener().isEmpty() ? TextSearch.indexOfIgnoreCase(n, f.opener(), s.begin(), s.end())
                    : TextSearch.indexOfIgnoreCase(n, f.opener(), openerFirsts.get(i), s.begin(), s.end());
            if (at < 0 || startsInsideWord(n, at)) {
                continue;
            }
            int sourceBegin = at + f.opener().length();
            int best = -1;
            String closer = null;
            for (String c : f.closers()) {
                // a closer may start up to the sentence's last char or maxSource chars in, whichever comes first
                int k = TextSearch.indexOf(n, c, sourceBegin, Math.min(s.end() - 1, sourceBegin + maxSource) + c.length());
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
}
