package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.airace.kg.annotate.EntityType;

/**
 * A bare head noun refers back to the compound the text builds on it: in a report on 高阶AI晶片 a later
 * 晶片 means those chips, in a report on 晶片出口管制 a bare 出口管制 means those controls. Such a bare
 * mention takes the lexicon entry of the first compound of the same type in the document that ends
 * with it. Only for kinds named by common nouns (chips and devices, policies), where the writer
 * shortens a term this way; names of organisations or people are not shortened to their last word.
 */
final class HeadNounReferences {

    private static final Set<EntityType> TYPES = Set.of(EntityType.HARDWARE, EntityType.POLICY);

    List<Candidate> relabel(String normalized, List<Candidate> mentions) {
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (Candidate bare : mentions) {
            out.add(compoundOf(normalized, bare, mentions)
                    .map(c -> new Candidate(bare.begin(), bare.end(), bare.type(), bare.origin(), c.lexiconId(),
                            bare.englishName(), bare.wellFormed()))
                    .orElse(bare));
        }
        return out;
    }

    private static java.util.Optional<Candidate> compoundOf(String s, Candidate bare, List<Candidate> mentions) {
        if (!TYPES.contains(bare.type()) || bare.lexiconId() == null || bare.length() < 2) return java.util.Optional.empty();
        String head = s.substring(bare.begin(), bare.end());
        for (Candidate c : mentions) {
            if (c.type() != bare.type() || c.lexiconId() == null || c.lexiconId().equals(bare.lexiconId())) continue;
            if (c.length() <= bare.length()) continue;
            if (s.substring(c.begin(), c.end()).replace(" ", "").endsWith(head)) return java.util.Optional.of(c);
        }
        return java.util.Optional.empty();
    }
}
