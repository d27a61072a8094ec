package org.airace.kg.annotate.entity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * One entry of the domain lexicon (format: the shared lexicon-format note). {@code ambiguous} is an
 * optional flag: an ambiguous entry's aliases only count when the sentence around them supports it
 * (a known entity name elsewhere in the sentence, or a context cue).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexiconEntry(
        String id,
        String type,
        String en,
        String zhHant,
        String zhHans,
        List<String> aliases,
        String qid,
        String country,
        String maker,
        boolean caseSensitive,
        boolean ambiguous,
        String note) {

    public LexiconEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public EntityType entityType() {
        return EntityType.fromLocalName(type);
    }

    /** Labels and aliases, without duplicates or blanks: every surface form the matcher looks for. */
    public List<String> surfaceForms() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (String s : new String[] {en, zhHant, zhHans}) {
            if (s != null && !s.isBlank()) all.add(s.strip());
        }
        for (String s : aliases) {
            if (s != null && !s.isBlank()) all.add(s.strip());
        }
        return new ArrayList<>(all);
    }
}
