package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * Drops lexicon hits whose right edge is not the end of a word. Chinese has no spaces, so a name can
 * match the first part of a longer ordinary word or phrase:
 * <ul>
 *   <li>its last character starts a word with what follows (国家安全部 + 门 is 国家安全部门,
 *       "state security departments");</li>
 *   <li>an organisation name followed by a sector word is a description of a sector, not that firm
 *       (中国电信巨头华为 is "the Chinese telecom giant Huawei", not China Telecom).</li>
 * </ul>
 */
final class HitBoundaryFilter {

    private final EntityCues cues;

    HitBoundaryFilter(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> filter(String normalized, List<Candidate> hits) {
        List<Candidate> out = new ArrayList<>(hits.size());
        for (Candidate c : hits) {
            if (!continuesIntoAWord(normalized, c)) out.add(c);
        }
        return out;
    }

    private boolean continuesIntoAWord(String s, Candidate c) {
        if (c.end() >= s.length()) return false;
        String next = cues.wordContinuations.get(s.charAt(c.end() - 1));
        if (next != null && next.indexOf(s.charAt(c.end())) >= 0) return true;
        return c.type() == EntityType.ORGANIZATION && EntityCues.wordAt(s, c.end(), cues.sectorWordsAfterOrg) != null;
    }
}
