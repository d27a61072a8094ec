package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.airace.kg.annotate.CharSet;
import org.airace.kg.annotate.EntityType;

/**
 * People the dictionaries do not know: transliterated full names joined by a middle dot (达里奥·阿莫代,
 * 科林·H·卡尔), and names introduced by a role word (执行长/部长/研究员 + name), either a
 * name-tagged term, a surname plus one or two characters closed by punctuation or a speech verb, or a
 * capitalised Latin full name.
 */
final class PersonPatterns {

    private static final Pattern DOTTED = Pattern.compile(
            "\\p{IsHan}{1,6}(?:[·・•‧･][\\p{IsHan}A-Z]{1,8})+");
    private static final Pattern LATIN_NAME = Pattern.compile(
            "^ ?([A-Z][a-z]+(?:[- ][A-Z][a-z]*\\.?)*[- ][A-Z][a-z]+)(?![A-Za-z])");
    private static final int MAX_LEFT = 4;
    private static final String DOTS = "·・•‧･";
    /** The dots as a bitmap: the scan for the next dot tests every char of the text. */
    private static final CharSet DOT_CHARS = CharSet.of(DOTS);
    /** Characters that end a sentence part and never close a transliterated name. */
    private static final String FUNCTION_CHARS = "的和与及是在由被对将把向从说称为以于等曾也则就都还又并而指表";

    private final EntityCues cues;

    PersonPatterns(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> find(DocText doc) {
        List<Candidate> out = new ArrayList<>();
        findDotted(doc, out);
        findAfterRoles(doc, out);
        return out;
    }

    private void findDotted(DocText doc, List<Candidate> out) {
        String s = doc.normalized();
        Matcher m = DOTTED.matcher(s);
        int from = 0;
        while (true) {
            // only look around a dot: the pattern needs one, and most text has none
            int nextDot = firstDot(s, from);
            if (nextDot >= s.length()) break;
            m.region(Math.max(from, nextDot - 6), s.length());
            if (!m.find() || m.start() > nextDot) {
                from = nextDot + 1;
                continue;
            }
            from = Math.max(m.end(), nextDot + 1);
            int dot = firstDot(s, m.start());
            int begin = leftBoundary(doc, m.start(), dot);
            if (dot - begin < 1) continue;
            int lastDot = lastDot(s, dot, m.end());
            int end = rightBoundary(doc, lastDot + 1, m.end());
            if (end <= lastDot + 1) continue;
            out.add(new Candidate(begin, end, EntityType.PERSON, "pattern", null, null, true));
        }
    }

    private static int firstDot(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (DOT_CHARS.contains(s.charAt(i))) return i;
        }
        return s.length();
    }

    private static int lastDot(String s, int from, int to) {
        int last = from;
        for (int i = from; i < to; i++) {
            if (DOTS.indexOf(s.charAt(i)) >= 0) last = i;
        }
        return last;
    }

    /**
     * The given name before the dot: the name-like terms just before it (at most a few characters),
     * stopping at an ordinary dictionary word (中心), a role word or a function character.
     */
    private int leftBoundary(DocText doc, int start, int dot) {
        String s = doc.normalized();
        int begin = dot;
        int k = doc.termEndingAt(dot);
        while (k >= 0) {
            Term t = doc.terms().get(k);
            if (t.offset < start || dot - t.offset > MAX_LEFT) break;
            if (begin < dot && !nameLike(t)) break;
            if (begin == dot && EntityCues.wordEndingAt(t.word, t.word.length(), cues.personRoles) != null
                    && t.word.length() > 1) {
                // the role word was glued to the given name: keep what follows the role
                String role = EntityCues.wordEndingAt(t.word, t.word.length(), cues.personRoles);
                if (role.length() == t.word.length()) break;
            }
            begin = t.offset;
            k--;
        }
        if (k < 0 && begin == dot) begin = Math.max(start, dot - MAX_LEFT);
        // a role word ending inside the given name was glued to it (执行长|杰森)
        for (int i = Math.max(0, begin - 6); i < dot; i++) {
            String role = EntityCues.wordAt(s, i, cues.personRoles);
            if (role != null && i + role.length() > begin && i + role.length() < dot) {
                begin = i + role.length();
            }
        }
        for (int i = begin; i < dot; i++) {
            if (FUNCTION_CHARS.indexOf(s.charAt(i)) >= 0) begin = i + 1;
        }
        return begin;
    }

    /** The family name after the last dot: terms up to a role word or an ordinary word, without a trailing function character. */
    private int rightBoundary(DocText doc, int from, int to) {
        String s = doc.normalized();
        int end = from;
        int k = doc.termStartingAt(from);
        if (k < 0) {
            end = to;
        } else {
            while (k < doc.terms().size()) {
                Term t = doc.terms().get(k);
                if (t.offset + t.length() > to && end > from) break;
                if (end > from && (!nameLike(t) || EntityCues.wordAt(s, t.offset, cues.personRoles) != null)) break;
                end = Math.min(to, t.offset + t.length());
                k++;
                if (end - from >= 8) break;
            }
        }
        while (end > from + 1 && FUNCTION_CHARS.indexOf(s.charAt(end - 1)) >= 0) end--;
        return end;
    }

    /** A term that can be part of a transliterated name: name-tagged, unknown to the dictionary, or one character. */
    private static boolean nameLike(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        if (n.startsWith("nr") || n.equals("nx")) return true;
        if (t.length() == 1) return FUNCTION_CHARS.indexOf(t.word.charAt(0)) < 0;
        return CoreDictionary.get(t.word) == null;
    }

    private void findAfterRoles(DocText doc, List<Candidate> out) {
        String s = doc.normalized();
        List<Term> terms = doc.terms();
        for (int k = 0; k < terms.size() - 1; k++) {
            Term t = terms.get(k);
            String role = EntityCues.wordEndingAt(t.word, t.word.length(), cues.personRoles);
            if (role == null) continue;
            int at = t.offset + t.length();
            Matcher latin = LATIN_NAME.matcher(s.substring(at, Math.min(s.length(), at + 40)));
            if (latin.find()) {
                int b = at + latin.start(1);
                out.add(new Candidate(b, b + latin.group(1).length(), EntityType.PERSON, "pattern", null, null, true));
                continue;
            }
            Term next = terms.get(k + 1);
            String n = next.nature == null ? "" : next.nature.toString();
            if ((n.equals("nr") || n.equals("nrf")) && next.length() >= 2 && !cues.personStop.contains(next.word)
                    && cues.nameNeverStartsWith.indexOf(next.word.charAt(0)) < 0) {
                out.add(new Candidate(next.offset, next.offset + next.length(), EntityType.PERSON, "pattern", null, null, true));
                continue;
            }
            Candidate c = surnameName(doc, at);
            if (c != null) out.add(c);
        }
    }

    /** A surname and one or two characters, closed by punctuation, a speech verb or the text's end. */
    private Candidate surnameName(DocText doc, int at) {
        String s = doc.normalized();
        if (at >= s.length() || cues.surnames.indexOf(s.charAt(at)) < 0) return null;
        if (FUNCTION_CHARS.indexOf(s.charAt(at)) >= 0) return null; // 于, 向 ... after a role are prepositions
        for (int len = 3; len >= 2; len--) {
            int end = at + len;
            if (end > s.length()) continue;
            boolean allHan = true;
            for (int i = at; i < end; i++) allHan &= doc.isHan(i);
            if (!allHan) continue;
            if (cues.personStop.contains(s.substring(at, end))) continue;
            if (end == s.length() || !doc.isHan(end) || EntityCues.wordAt(s, end, cues.personVerbsAfter) != null) {
                return new Candidate(at, end, EntityType.PERSON, "pattern", null, null, true);
            }
        }
        return null;
    }
}
