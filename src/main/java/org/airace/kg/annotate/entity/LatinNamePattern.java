package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.TriggeredPattern;

/**
 * Latin-script names inside Chinese text: a run of capitalised words ending in an organisation word
 * (Institute, Research, Group, Times ...) is an organisation; a capitalised name directly followed by a
 * company word (公司, 创办人, 执行长) is an organisation, by a model word (模型, 聊天机器人) a model; two
 * or three capitalised words followed by a speech verb (表示, 指出) are a person.
 */
final class LatinNamePattern {

    /** Tried at capitals only: a lookbehind first defeats find()'s own start-up scan. */
    private static final TriggeredPattern CAPITALISED_RUN = new TriggeredPattern(Pattern.compile(
            "(?<![A-Za-z0-9])(?:[A-Z][A-Za-z0-9&.'-]*)(?: (?:of |and |for |the |on )?[A-Z][A-Za-z0-9&.'-]*)*(?![A-Za-z0-9])"),
            TriggeredPattern.asciiCapitals()).notAfter(TriggeredPattern.asciiLetters() + "0123456789");

    private final EntityCues cues;

    LatinNamePattern(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> find(DocText doc) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>();
        for (Matcher m : CAPITALISED_RUN.in(s)) {
            String run = m.group();
            int end = m.end();
            while (end > m.start() && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-' || s.charAt(end - 1) == '\'')) end--;
            if (end - m.start() < 2) continue;
            run = s.substring(m.start(), end);
            String[] words = run.split(" ");
            String last = words[words.length - 1];
            if (words.length >= 2 && cues.latinOrgWords.contains(last)) {
                out.add(new Candidate(m.start(), end, EntityType.ORGANIZATION, "pattern", null, null, true));
                continue;
            }
            if (words.length > 3 || cues.genericLatin.contains(run.toUpperCase(Locale.ROOT)) || run.length() < 3) continue;
            int after = end;
            while (after < s.length() && s.charAt(after) == ' ') after++;
            int before = m.start();
            while (before > 0 && s.charAt(before - 1) == ' ') before--;
            if (EntityCues.wordEndingAt(s, before, cues.orgTypeBefore) != null) {
                // 投资公司 Ninety One, 新创公司MeetAndy: the kind word names what follows it
                out.add(new Candidate(m.start(), end, EntityType.ORGANIZATION, "pattern", null, null, false));
                continue;
            }
            if (words.length >= 2 && personLike(words) && afterByline(s, m.start())) {
                out.add(new Candidate(m.start(), end, EntityType.PERSON, "pattern", null, null, true));
                continue;
            }
            if (words.length >= 2 && words.length <= 3 && personLike(words) && EntityCues.wordAt(s, after, cues.speechVerbs) != null) {
                out.add(new Candidate(m.start(), end, EntityType.PERSON, "pattern", null, null, true));
            } else if (EntityCues.wordAt(s, after, cues.orgAfter) != null) {
                out.add(new Candidate(m.start(), end, EntityType.ORGANIZATION, "pattern", null, null, false));
            } else if (EntityCues.wordAt(s, after, cues.modelAfter) != null) {
                out.add(new Candidate(m.start(), end, EntityType.AI_MODEL, "pattern", null, null, false));
            }
        }
        return out;
    }

    /** The name stands right after a byline label (作者：, Author(s):, By). */
    private boolean afterByline(String s, int start) {
        int k = start;
        while (k > 0 && " :/|".indexOf(s.charAt(k - 1)) >= 0) k--;
        return k < start && EntityCues.wordEndingAt(s, k, cues.bylineCues) != null;
    }

    /** Every word is capitalised and otherwise lower case (Michael Power, not AI PC or OpenAI). */
    private static boolean personLike(String[] words) {
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
            for (int i = 1; i < w.length(); i++) {
                if (!Character.isLowerCase(w.charAt(i))) return false;
            }
        }
        return true;
    }
}
