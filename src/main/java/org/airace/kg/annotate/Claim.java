package org.airace.kg.annotate;

import java.util.List;

/**
 * A sentence classified into a topic of the claim scheme.
 *
 * @param sentence    the sentence's span
 * @param topic       local name of a SKOS concept in the claim-topic scheme (CostConstraint, ChipConstraint ...)
 * @param cue         the cue word or rule that fired, kept as evidence
 * @param cueSpan     where the cue stands
 * @param about       mentions of the entities the claim is about (models, companies, countries)
 * @param speaker     the mention of who the sentence attributes it to, or null for the author's voice
 * @param speakerText the attributed speaker as written, or null
 */
public record Claim(Span sentence, String topic, String cue, Span cueSpan, List<EntityMention> about, EntityMention speaker, String speakerText) {
    public Claim {
        about = List.copyOf(about);
    }
}
