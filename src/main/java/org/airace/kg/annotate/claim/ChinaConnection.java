package org.airace.kg.annotate.claim;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.TextSearch;
import org.airace.kg.text.Sentence;
import org.airace.kg.text.TextView;

/**
 * Decides whether a sentence speaks of China, for the topics whose scope is "in connection with
 * Chinese AI models or companies". A sentence connects when it, or the opening sentence of its
 * paragraph (the paragraph's subject), holds a China cue word, or when it mentions an entity this
 * document itself presents as Chinese: written right after a China word (中国AI模型X, 中国的X) or
 * listed before one (X、Y等中国企业). No entity name is known in advance.
 */
final class ChinaConnection {

    private static final String CLAUSE_PUNCT = "，,。；;：:！？!?\n\r";
    private static final Set<EntityType> NATIONAL = Set.of(EntityType.AI_MODEL, EntityType.ORGANIZATION,
            EntityType.GOVERNMENT_BODY, EntityType.HARDWARE);

    private final String lower;
    private final TextView text;
    private final List<String> cues;
    private final Set<String> chineseNames = new HashSet<>();

    ChinaConnection(TextView text, String lower, List<EntityMention> mentions, ClaimTopics topics) {
        this.text = text;
        this.lower = lower;
        this.cues = topics.chinaCues;
        for (EntityMention m : mentions) {
            if (NATIONAL.contains(m.type()) && presentedAsChinese(m, topics.chinaWindow)) {
                chineseNames.add(key(m));
            }
        }
        // A Chinese entity mentioned as a country (中国) connects by its own words already.
    }

    private String key(EntityMention m) {
        return lower.substring(m.span().begin(), m.span().end()).replaceAll("\\s", "");
    }

    private boolean presentedAsChinese(EntityMention m, int window) {
        int b = m.span().begin();
        for (String c : cues) {
            // The last occurrence starting before b, looked for only where it could end within 6 of b:
            // the same answer as lastIndexOf over the whole text, without scanning it per mention.
            int k = TextSearch.lastIndexOf(lower, c, b - 1, Math.max(0, b - 6 - c.length()));
            if (k >= 0 && k + c.length() <= b && b - (k + c.length()) <= 6 && noClauseBreak(k + c.length(), b)) {
                return true;
            }
        }
        int e = m.span().end();
        int stop = Math.min(lower.length(), e + window);
        int deng = TextSearch.indexOf(lower, '等', e, stop);
        if (deng >= 0 && noClauseBreak(e, deng)) {
            for (String c : cues) {
                if (lower.startsWith(c, deng + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean noClauseBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_PUNCT.indexOf(lower.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    boolean connects(Sentence s, List<EntityMention> inSentence) {
        if (hasCue(s.begin(), s.end())) {
            return true;
        }
        Sentence opening = paragraphOpening(s);
        if (opening != null && hasCue(opening.begin(), opening.end())) {
            return true;
        }
        // The sentence before, in the same paragraph, often names the subject this one continues.
        if (s.index() > 0 && opening != null && opening.index() < s.index()) {
            Sentence previous = text.sentences().get(s.index() - 1);
            if (hasCue(previous.begin(), previous.end())) {
                return true;
            }
        }
        int heading = sectionHeadingStart(s.begin());
        if (heading >= 0 && hasCue(heading, lineEnd(heading))) {
            return true;
        }
        for (EntityMention m : inSentence) {
            if (isChineseName(key(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name the document presents as Chinese, or a version of one (DeepSeek R1 after 中国AI模型DeepSeek):
     * a model line's releases share its origin.
     */
    private boolean isChineseName(String key) {
        if (chineseNames.contains(key)) {
            return true;
        }
        for (String name : chineseNames) {
            if (name.length() >= MIN_LINE_NAME && key.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    private static final int MIN_LINE_NAME = 4;

    private boolean hasCue(int begin, int end) {
        String s = lower.substring(begin, end);
        for (String c : cues) {
            if (s.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_HEADING = 40;
    private static final int HEADING_LOOKBACK_LINES = 15;

    /**
     * Where the heading of the section holding {@code offset} starts, or -1: the nearest line above
     * that is short and ends with a colon or without a sentence terminator ("中国的局限：", a subtitle).
     * A section's heading names its subject, which its sentences then leave out.
     */
    private int sectionHeadingStart(int offset) {
        int lineStart = lower.lastIndexOf('\n', offset - 1) + 1;
        for (int k = 0; k < HEADING_LOOKBACK_LINES && lineStart > 0; k++) {
            int prevStart = lower.lastIndexOf('\n', lineStart - 2) + 1;
            String line = lower.substring(prevStart, lineStart - 1).strip();
            if (!line.isEmpty() && line.length() <= MAX_HEADING) {
                char last = line.charAt(line.length() - 1);
                if (last == ':' || last == '：' || "。.!?！？」”\"".indexOf(last) < 0) {
                    return prevStart;
                }
            }
            lineStart = prevStart;
        }
        return -1;
    }

    private int lineEnd(int from) {
        int e = lower.indexOf('\n', from);
        return e < 0 ? lower.length() : e;
    }

    /** The first sentence of the line the sentence stands in (news exports put a paragraph on a line). */
    private Sentence paragraphOpening(Sentence s) {
        int lineStart = lower.lastIndexOf('\n', s.begin() - 1) + 1;
        Sentence first = text.sentenceAt(lineStart);
        int i = lineStart;
        while (first == null && i < s.begin()) {
            first = text.sentenceAt(++i);
        }
        return first;
    }
}
