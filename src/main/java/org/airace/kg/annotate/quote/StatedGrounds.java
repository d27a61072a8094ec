package org.airace.kg.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.text.ScriptNormalizer;

/**
 * A quoted passage given as someone's stated grounds: 以“……”为由 / 为名 / 为借口. The passage is the
 * words of the clause's subject, the one who acts on those grounds. Only a passage in quotation marks
 * counts: 以国家安全为由 without them is the reporter's summary, not the actor's words.
 */
final class StatedGrounds {

    /** A passage framed as grounds, with the opening word (以) as its cue. */
    record Found(QuoteMarks.Passage passage, QuoteCues.Hit hit) {}

    private final List<String> openers;
    private final List<String> closers;
    private final QuoteCues.Cue cue;

    StatedGrounds(List<String> openers, List<String> closers) {
        this.openers = openers;
        this.closers = closers;
        String word = openers.isEmpty() ? "以" : openers.get(0);
        this.cue = new QuoteCues.Cue(word, "justify", List.of(), List.of(), List.of(), List.of(), false, false, List.of(), false);
    }

    List<Found> find(String n, List<QuoteMarks.Passage> passages) {
        List<Found> out = new ArrayList<>();
        for (QuoteMarks.Passage p : passages) {
            String opener = endingAt(n, p.open(), openers);
            if (opener == null || !closes(n, p.close() + 1)) {
                continue;
            }
            int begin = p.open() - opener.length();
            out.add(new Found(p, new QuoteCues.Hit(cue, begin, p.open())));
        }
        return out;
    }

    private static String endingAt(String n, int at, List<String> words) {
        for (String w : words) {
            if (at >= w.length() && n.startsWith(w, at - w.length())) {
                return w;
            }
        }
        return null;
    }

    private boolean closes(String n, int at) {
        for (String c : closers) {
            if (n.startsWith(c, at)) {
                return true;
            }
        }
        return false;
    }

    static List<String> normalized(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            out.add(ScriptNormalizer.normalize(s));
        }
        return out;
    }
}
