package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * Organs of a state: the listed body words (国务院, 商务部, 五角大楼 ...), optionally with a country
 * before them (美国商务部); a country followed by a noun phrase ending in a body suffix (部, 局, 委员会,
 * 署, 办公室); "<country>政府" and "<person>政府" (a country's or a leader's government).
 */
final class GovernmentBodyPattern {

    private final EntityCues cues;

    GovernmentBodyPattern(EntityCues cues) {
        this.cues = cues;
    }

    /** {@code anchors}: country and person candidates already found (lexicon, HanLP, patterns). */
    List<Candidate> find(DocText doc, List<Candidate> anchors) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            String w = EntityCues.wordAt(s, i, cues.govBodyWords);
            if (w != null && !continuesWord(doc, i + w.length())) {
                out.add(new Candidate(i, i + w.length(), EntityType.GOVERNMENT_BODY, "pattern", null, null, true));
            }
        }
        for (Candidate a : anchors) {
            if (a.type() != EntityType.COUNTRY && a.type() != EntityType.PERSON && a.type() != EntityType.PLACE) continue;
            int at = a.end();
            String gov = EntityCues.wordAt(s, at, cues.govWord);
            if (gov != null && (a.type() != EntityType.PLACE)) {
                out.add(new Candidate(a.begin(), at + gov.length(), EntityType.GOVERNMENT_BODY, "pattern", null, null, true));
                continue;
            }
            if (a.type() != EntityType.COUNTRY) continue;
            String body = EntityCues.wordAt(s, at, cues.govBodyWords);
            if (body != null) {
                out.add(new Candidate(a.begin(), at + body.length(), EntityType.GOVERNMENT_BODY, "pattern", null, null, true));
                continue;
            }
            int end = bodyPhraseEnd(doc, at);
            if (end > at) {
                out.add(new Candidate(a.begin(), end, EntityType.GOVERNMENT_BODY, "pattern", null, null, true));
            }
        }
        return out;
    }

    /** The end of a run of noun terms starting at {@code at} whose last term ends with a body suffix, or -1. */
    private int bodyPhraseEnd(DocText doc, int at) {
        int k = doc.termStartingAt(at);
        if (k < 0) return -1;
        int len = 0;
        for (int j = k; j < doc.terms().size(); j++) {
            Term t = doc.terms().get(j);
            String n = t.nature == null ? "" : t.nature.toString();
            len += t.length();
            if (len > cues.govBodyMaxInner || !(n.startsWith("n") || n.equals("vn") || n.equals("j") || n.equals("gi"))) {
                return -1;
            }
            if (t.length() >= 2 && j > k || t.length() >= 3) {
                String suffix = EntityCues.wordEndingAt(t.word, t.word.length(), cues.govBodySuffixes);
                if (suffix != null && t.word.length() > suffix.length() && !continuesWord(doc, t.offset + t.length())) {
                    return t.offset + t.length();
                }
            }
        }
        return -1;
    }

    /** The body word is the start of a longer word (国会议员 is a person, not the congress). */
    private static boolean continuesWord(DocText doc, int end) {
        int k = doc.termEndingAt(end);
        return k < 0;
    }
}
