package org.airace.kg.link;

import java.util.LinkedHashSet;
import java.util.Set;
import org.airace.kg.resolve.ResolutionKeys;

/** How one candidate item was found, gathered over all the searches made for one entity. */
final class CandidateEvidence {
    static final int EXACT_LABEL = 0;
    static final int EXACT_ALIAS = 1;
    static final int PREFIX = 2;

    /** The best match seen: {@link #EXACT_LABEL}, {@link #EXACT_ALIAS} or {@link #PREFIX}. */
    int match = Integer.MAX_VALUE;
    String matchLanguage = "";
    String matchText = "";
    int bestRank = Integer.MAX_VALUE;
    /** The entity's names (normalised) whose search found the item. */
    final Set<String> foundBy = new LinkedHashSet<>();
    /** An exact match came from one of the entity's labels, not only from an other name. */
    boolean exactFromLabel;

    /** Adds one search hit for the entity name {@code searched}; {@code primary} when that name is an rdfs:label. */
    void record(SearchHit hit, String searched, boolean primary) {
        int kind = matchKind(searched, hit);
        if (kind < match) {
            match = kind;
            matchLanguage = hit.matchLanguage();
            matchText = hit.matchText().isEmpty() ? hit.label() : hit.matchText();
        }
        if (kind <= EXACT_ALIAS && primary) exactFromLabel = true;
        bestRank = Math.min(bestRank, hit.rank());
        foundBy.add(ResolutionKeys.normalize(searched));
    }

    boolean exact() {
        return match <= EXACT_ALIAS;
    }

    /**
     * Exact label when the hit's label (or the label it matched) equals the searched name, exact alias
     * when an alias does, else prefix (wbsearchentities matches prefixes). Compared after folding
     * script, case, spaces and name dots, so 黃仁勳 equals 黄仁勋 and "jensen huang" equals "Jensen Huang".
     */
    static int matchKind(String searched, SearchHit hit) {
        String wanted = ResolutionKeys.normalize(searched);
        boolean exactMatchText = !hit.matchText().isEmpty() && ResolutionKeys.normalize(hit.matchText()).equals(wanted);
        if (exactMatchText && "label".equals(hit.matchType())) return EXACT_LABEL;
        if (ResolutionKeys.normalize(hit.label()).equals(wanted)) return EXACT_LABEL;
        if (exactMatchText) return EXACT_ALIAS;
        return PREFIX;
    }
}
