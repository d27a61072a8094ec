package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * Organisations named with a suffix (公司, 集团, 研究院, 大学, 实验室, 基金会 ...): the suffix and the
 * name before it, built leftwards from noun terms, bounded in length, with at least one proper-name
 * piece (a name-tagged term, a Latin word or a lexicon hit) so that 这家公司 or 芯片公司 stay out.
 * A name that is a known organisation plus 公司/集团 keeps that organisation's lexicon id.
 */
final class OrganizationSuffixPattern {

    private final EntityType type;
    private final List<String> suffixes;
    private final boolean placeIsName;

    private static final int MAX_NAME = 10;

    private final EntityCues cues;

    /** Organisations: a place before the name only qualifies it (美国公司 is no name). */
    OrganizationSuffixPattern(EntityCues cues) {
        this(cues, EntityType.ORGANIZATION, cues.orgSuffixes, false);
    }

    /**
     * @param placeIsName a place or country counts as the proper part of the name (events: 巴黎…峰会)
     */
    OrganizationSuffixPattern(EntityCues cues, EntityType type, List<String> suffixes, boolean placeIsName) {
        this.cues = cues;
        this.type = type;
        this.suffixes = suffixes;
        this.placeIsName = placeIsName;
    }

    List<Candidate> find(DocText doc) {
        List<Candidate> out = new ArrayList<>();
        String s = doc.normalized();
        // Search the suffix in the text, not among terms: HanLP may cut it (峰|会上).
        for (int i = 1; i < s.length(); i++) {
            String suffix = EntityCues.wordAt(s, i, suffixes);
            if (suffix == null) continue;
            int end = i + suffix.length();
            int k = termAt(doc, i);
            if (k < 0) continue;
            Candidate c = nameBefore(doc, k, i, end, suffix);
            if (c != null) {
                c = withBranch(doc, c);
                out.add(c);
                end = Math.max(end, c.end());
            }
            i = end - 1;
        }
        return out;
    }

    /** The term that contains offset {@code at} (binary search over term offsets). */
    private static int termAt(DocText doc, int at) {
        List<Term> terms = doc.terms();
        int lo = 0, hi = terms.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (terms.get(mid).offset <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) return -1;
        Term t = terms.get(found);
        return at < t.offset + t.length() ? found : -1;
    }

    private Candidate nameBefore(DocText doc, int k, int suffixBegin, int end, String suffix) {
        List<Term> terms = doc.terms();
        Term suffixTerm = terms.get(k);
        int begin = suffixBegin;
        boolean proper = false;
        String lexiconId = null;
        // The suffix term may carry part of the name itself (斯坦福大学 as one term).
        if (suffixTerm.offset < suffixBegin) {
            begin = suffixTerm.offset;
            proper |= isProper(suffixTerm, suffix);
        }
        for (int j = (suffixTerm.offset < suffixBegin ? k : k) - 1; j >= 0; j--) {
            Term p = terms.get(j);
            if (p.offset + p.length() != begin) break;
            if (suffixBegin - p.offset > MAX_NAME) break;
            String n = nature(p);
            boolean latin = n.equals("nx") || isLatin(p.word);
            Candidate lex = lexiconHitEndingAt(doc, begin);
            if (lex != null && lex.begin() >= p.offset - MAX_NAME) {
                if (!placeNamed(suffix) && (lex.type() == EntityType.COUNTRY || lex.type() == EntityType.PLACE)) {
                    // 美国公司 is a kind of company; 美国 + proper name + 公司 still counts below.
                    if (!proper) return null;
                    break;
                }
                if (suffixBegin - lex.begin() > MAX_NAME) break;
                begin = lex.begin();
                proper = true;
                if (lex.type() == type && suffixBegin == lex.end() && type == EntityType.ORGANIZATION) lexiconId = lex.lexiconId();
                j = indexOfTermStarting(doc, begin, j);
                if (j < 0) break;
                continue;
            }
            if (cues.orgNamePrefixStop.contains(p.word)) break;
            // another suffix-named thing ends here: 人脸识别公司 | 商汤科技
            if (EntityCues.wordEndingAt(p.word, p.word.length(), suffixes) != null) break;
            if (!(latin || n.startsWith("n") || n.equals("j") || n.equals("gi") || n.equals("vn"))) break;
            if (n.equals("nx") && !latin) break;
            begin = p.offset;
            proper |= isProper(p, suffix) || (latin && !cues.genericLatin.contains(p.word.toUpperCase(java.util.Locale.ROOT)));
        }
        if (!proper || begin >= suffixBegin) return null;
        // A known organisation plus 公司/集团 is that organisation: its own mention says more.
        if (lexiconId != null) {
            Candidate lex = lexiconHitEndingAt(doc, suffixBegin);
            if (lex != null && lex.begin() == begin) return null;
        }
        if (cues.orgSuffixNeedsName.contains(suffix) && suffixBegin - begin < 2) return null;
        String name = doc.normalized().substring(begin, suffixBegin).strip();
        if (type == EntityType.ORGANIZATION && !placeNamed(suffix) && isLatin(name.replace(" ", ""))) {
            // an English brand name does not carry the Chinese 公司: the name is the brand
            int nameEnd = suffixBegin;
            while (nameEnd > begin && doc.normalized().charAt(nameEnd - 1) == ' ') nameEnd--;
            return new Candidate(begin, nameEnd, type, "pattern", lexiconId, null, true);
        }
        return new Candidate(begin, end, type, "pattern", lexiconId, null, true);
    }

    /**
     * A branch is part of the institution's name: 加州大学 + 柏克莱 + 分校 is one organisation, not a
     * university and a city. The place between must be a known place or a place-tagged term.
     */
    private Candidate withBranch(DocText doc, Candidate c) {
        if (type != EntityType.ORGANIZATION) return c;
        String s = doc.normalized();
        int placeEnd = -1;
        for (Candidate l : doc.lexiconHits()) {
            if (l.begin() == c.end() && (l.type() == EntityType.PLACE || l.type() == EntityType.COUNTRY)) placeEnd = l.end();
        }
        int k = doc.termStartingAt(c.end());
        if (placeEnd < 0 && k >= 0 && nature(doc.terms().get(k)).startsWith("ns")) {
            placeEnd = c.end() + doc.terms().get(k).length();
        }
        if (placeEnd < 0) return c;
        String branch = EntityCues.wordAt(s, placeEnd, cues.orgBranchSuffixes);
        if (branch == null) {
            // the segmenter may have glued the branch word to the place (柏克莱分校 as one term)
            if (k >= 0) {
                Term t = doc.terms().get(k);
                String w = t.word;
                String inner = EntityCues.wordEndingAt(w, w.length(), cues.orgBranchSuffixes);
                if (inner != null && w.length() > inner.length()) {
                    return new Candidate(c.begin(), c.end() + w.length(), c.type(), c.origin(), null, null, c.wellFormed());
                }
            }
            return c;
        }
        return new Candidate(c.begin(), placeEnd + branch.length(), c.type(), c.origin(), null, null, c.wellFormed());
    }

    /** Institutions are often named after a place (北京大学); companies named only by a country are not names. */
    private boolean placeNamed(String suffix) {
        return placeIsName || cues.orgSuffixPlaceNamed.contains(suffix);
    }

    private static int indexOfTermStarting(DocText doc, int offset, int fallback) {
        int i = doc.termStartingAt(offset);
        return i < 0 ? -1 : i; // loop's j-- moves to the term before the lexicon hit
    }

    private static Candidate lexiconHitEndingAt(DocText doc, int end) {
        for (Candidate c : doc.lexiconHits()) {
            if (c.end() == end) return c;
        }
        return null;
    }

    private boolean isProper(Term t, String suffix) {
        String n = nature(t);
        if (n.equals("nx") && cues.genericLatin.contains(t.word.toUpperCase(java.util.Locale.ROOT))) return false;
        if (n.startsWith("ns") && !placeNamed(suffix)) return false;
        return n.equals("nr") || n.equals("nrf") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nz")
                || n.equals("nx") || n.equals("j");
    }

    private static String nature(Term t) {
        return t.nature == null ? "" : t.nature.toString();
    }

    private static boolean isLatin(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) return false;
        }
        return true;
    }
}
