package org.airace.kg.link;

/**
 * One result of {@code wbsearchentities}.
 *
 * @param rank       0 for the top hit
 * @param matchType  what the search matched: label, alias, or something else (entityId ...)
 * @param matchText  the label or alias that matched, as Wikidata writes it
 */
public record SearchHit(String id, String label, String description, String matchType, String matchLanguage,
        String matchText, int rank) {
}
