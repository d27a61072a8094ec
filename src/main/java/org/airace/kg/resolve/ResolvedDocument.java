package org.airace.kg.resolve;

import java.util.Map;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.Span;

/**
 * An annotated document whose entity mentions are tied to resolved entities (mentions are keyed by span).
 *
 * @param entities the entity each mention denotes
 * @param related  entities referenced by key from those (their country, their maker) but not mentioned
 *                 in this document, so that the document's graph can describe them too
 */
public record ResolvedDocument(AnnotatedDocument annotated, Map<Span, Entity> entities, Map<String, Entity> related) {
    public ResolvedDocument {
        entities = Map.copyOf(entities);
        related = Map.copyOf(related);
    }

    /** The entity a mention denotes, or null when resolution dropped it. */
    public Entity entityOf(EntityMention mention) {
        return mention == null ? null : entities.get(mention.span());
    }
}
