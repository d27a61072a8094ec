package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * Unquoted names of bans and controls on hardware: news name such a policy by what it restricts plus
 * a restriction word (晶片禁令, AI晶片出口管制, 对华晶片禁令), without quotation marks. A hardware
 * lexicon hit directly followed by a restriction word is a policy; a target phrase (对华) and the
 * imposing country right before it belong to the name (美国对华晶片禁令).
 */
final class RestrictionPolicyPattern {

    private final EntityCues cues;

    RestrictionPolicyPattern(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> find(DocText doc) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>();
        List<Candidate> hits = doc.lexiconHits();
        for (int i = 0; i < hits.size(); i++) {
            Candidate h = hits.get(i);
            if (h.type() != EntityType.HARDWARE) continue;
            String word = EntityCues.wordAt(s, h.end(), cues.restrictionWords);
            if (word == null) continue;
            int begin = h.begin();
            String target = EntityCues.wordEndingAt(s, begin, cues.restrictionTargetPrefixes);
            if (target != null) {
                begin -= target.length();
                if (i > 0 && hits.get(i - 1).type() == EntityType.COUNTRY && hits.get(i - 1).end() == begin) {
                    begin = hits.get(i - 1).begin();
                }
            }
            Candidate policy = new Candidate(begin, h.end() + word.length(), EntityType.POLICY, "pattern", null, null, true);
            // Where the lexicon already sees a policy here, its mention (with its entry) is kept.
            if (knownPolicyIn(policy, hits) == null) out.add(policy);

        }
        return out;
    }

    private static Candidate knownPolicyIn(Candidate c, List<Candidate> hits) {
        for (Candidate h : hits) {
            if (h.type() == EntityType.POLICY && h.overlaps(c)) return h;
        }
        return null;
    }
}
