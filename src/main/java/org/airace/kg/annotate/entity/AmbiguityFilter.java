package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.annotate.EntityType;

/**
 * Decides which lexicon hits on ambiguous forms are kept. A form is ambiguous when its entry is flagged
 * {@code ambiguous} or the form is in the entry's {@code ambiguousAliases} (自然, 科学, 国家实验室, 大陆,
 * 苹果). Such a hit counts only with evidence that the text uses it as a name:
 * <ul>
 *   <li>the same entry is named elsewhere in the document by an unambiguous form (美国国会 … 国会);</li>
 *   <li>name marks around it: 《自然》, or a gloss in parentheses right after it (苹果（Apple）);</li>
 *   <li>a type word right after it (公司, 期刊) or a role right before it (执行长库克);</li>
 *   <li>it stands in a list with another name of the same type (埃及、苏丹和乍得).</li>
 * </ul>
 * A government body's ambiguous form (国会, 国务院) always names a state organ, only which state's is
 * uncertain, so it is kept. Entries flagged ambiguous as a whole also keep the older, looser rule: an
 * unambiguous lexicon hit close by.
 */
final class AmbiguityFilter {

    private static final int NEAR = 40;

    private final Lexicon lexicon;
    private final EntityCues cues;

    AmbiguityFilter(Lexicon lexicon, EntityCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    List<Candidate> filter(String normalized, List<Candidate> hits) {
        String folded = LexiconMatcher.fold(normalized);
        boolean[] ambiguous = new boolean[hits.size()];
        Set<String> namedPlainly = new HashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            Candidate c = hits.get(i);
            LexiconEntry e = lexicon.get(c.lexiconId());
            ambiguous[i] = e != null && (e.ambiguous() || e.isAmbiguousForm(folded.substring(c.begin(), c.end())));
            if (!ambiguous[i]) namedPlainly.add(c.lexiconId());
        }
        List<Candidate> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Candidate c = hits.get(i);
            if (!ambiguous[i] || supported(normalized, hits, ambiguous, i, namedPlainly)) out.add(c);
        }
        return out;
    }

    private boolean supported(String s, List<Candidate> hits, boolean[] ambiguous, int i, Set<String> namedPlainly) {
        Candidate c = hits.get(i);
        LexiconEntry e = lexicon.get(c.lexiconId());
        if (c.type() == EntityType.GOVERNMENT_BODY && !e.ambiguous()) return true;
        if (namedPlainly.contains(c.lexiconId())) return true;
        if (nameMarked(s, c) || typeCued(s, c) || listedWithSameType(s, hits, i)) return true;
        if (e.ambiguous()) {
            for (int j = 0; j < hits.size(); j++) {
                if (j != i && !ambiguous[j] && Math.abs(hits.get(j).begin() - c.begin()) <= NEAR) return true;
            }
        }
        return false;
    }

    /** 《X》, or X followed at once by a parenthesised gloss: the writer marks X as a name. */
    private static boolean nameMarked(String s, Candidate c) {
        char before = c.begin() > 0 ? s.charAt(c.begin() - 1) : ' ';
        char after = c.end() < s.length() ? s.charAt(c.end()) : ' ';
        return (before == '《' && after == '》') || after == '(' || after == '（';
    }

    private boolean typeCued(String s, Candidate c) {
        int after = c.end() < s.length() && s.charAt(c.end()) == '》' ? c.end() + 1 : c.end();
        switch (c.type()) {
            case ORGANIZATION:
                return EntityCues.wordAt(s, after, cues.orgAfter) != null
                        || EntityCues.wordAt(s, after, cues.publicationOuterSuffixes) != null
                        || EntityCues.wordAt(s, after, cues.orgSuffixes) != null;
            case PERSON:
                return EntityCues.wordEndingAt(s, c.begin(), cues.personRoles) != null;
            default:
                return false;
        }
    }

    /** Joined by 、 和 与 及 or a comma to a neighbouring hit of the same type. */
    private static boolean listedWithSameType(String s, List<Candidate> hits, int i) {
        Candidate c = hits.get(i);
        if (i > 0) {
            Candidate p = hits.get(i - 1);
            if (p.type() == c.type() && joined(s, p.end(), c.begin())) return true;
        }
        if (i + 1 < hits.size()) {
            Candidate n = hits.get(i + 1);
            if (n.type() == c.type() && joined(s, c.end(), n.begin())) return true;
        }
        return false;
    }

    private static boolean joined(String s, int from, int to) {
        if (to < from || to - from != 1) return false;
        char j = s.charAt(from);
        return j == '、' || j == '和' || j == '与' || j == '及' || j == ',';
    }
}
