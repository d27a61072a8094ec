package org.airace.kg.annotate;

/**
 * One occurrence of a named thing in the text.
 *
 * @param text        the original characters of {@code span}, exactly
 * @param origin      which recogniser found it: "lexicon", "pattern", "hanlp", "coref"
 * @param lexiconId   the lexicon entry it matched, or null
 * @param englishName an English name the text gives for it (康令斯(Alex Colville)), or null
 */
public record EntityMention(Span span, String text, EntityType type, String origin, String lexiconId, String englishName) {}
