package org.airace.kg.annotate.entity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * One entry of the domain lexicon (format: {@code ontology/lexicon/README.md}). {@code ambiguous} is an
 * optional flag: an ambiguous entry's forms only count when the text around them supports it.
 * {@code ambiguousAliases} lists the only forms that need such support. {@code concept} marks a
 * general notion (data centre, the AI race) that is kept in the lexicon so the matcher recognises the
 * phrase as a whole, but is no named entity and yields no mention.
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
        List<String> ambiguousAliases,
        boolean concept,
        String note) {

    public LexiconEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ambiguousAliases = ambiguousAliases == null ? List.of() : List.copyOf(ambiguousAliases);
    }

    /** Entry without the optional ambiguity and concept fields. */
    public LexiconEntry(String id, String type, String en, String zhHant, String zhHans, List<String> aliases,
            String qid, String country, String maker, boolean caseSensitive, boolean ambiguous, String note) {
        this(id, type, en, zhHant, zhHans, aliases, qid, country, maker, caseSensitive, ambiguous, List.of(), false, note);
    }

    /** Whether the form with matching key {@code key} is listed as needing context. */
    boolean isAmbiguousForm(String key) {
        for (String a : ambiguousAliases) {
            if (LexiconMatcher.key(a).equals(key)) return true;
        }
        return false;
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
