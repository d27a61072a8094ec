package org.airace.kg.annotate.entity;

import org.airace.kg.annotate.EntityType;

/**
 * A proposed mention before overlaps between recognisers are settled.
 *
 * @param begin       start offset (original text = normalised view)
 * @param end         end offset, exclusive
 * @param type        the entity type
 * @param origin      "lexicon", "pattern", "hanlp" or "coref"
 * @param lexiconId   the lexicon entry, or null
 * @param englishName an English name the text gives for it, or null
 * @param wellFormed  for pattern names: the name has a clear left boundary (allowed to swallow a lexicon hit)
 */
record Candidate(int begin, int end, EntityType type, String origin, String lexiconId, String englishName, boolean wellFormed) {

    int length() {
        return end - begin;
    }

    boolean overlaps(Candidate o) {
        return begin < o.end && o.begin < end;
    }

    boolean contains(Candidate o) {
        return begin <= o.begin && o.end <= end;
    }

    int priority() {
        switch (origin) {
            case "lexicon":
                return 3;
            case "pattern":
            case "coref":
                return 2;
            case "gazetteer":
                return 1;
            default:
                return 1;
        }
    }

    Candidate withEnglishName(String name) {
        return new Candidate(begin, end, type, origin, lexiconId, name, wellFormed);
    }

    Candidate withType(EntityType t) {
        return new Candidate(begin, end, t, origin, lexiconId, englishName, wellFormed);
    }
}
