package org.airace.kg.resolve;

import java.util.Map;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.Span;

/** An annotated document whose entity mentions are tied to resolved entities (mentions are keyed by span). */
public record ResolvedDocument(AnnotatedDocument annotated, Map<Span, Entity> entities) {
    public ResolvedDocument {
        entities = Map.copyOf(entities);
    }

    /** The entity a mention denotes, or null when resolution dropped it. */
    public Entity entityOf(EntityMention mention) {
        return mention == null ? null : entities.get(mention.span());
    }
}
