package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.resolve.Entity;
import org.airace.kg.resolve.ResolvedDocument;

/**
 * A resolved entity as the scorer sees it in one document: predicted there because at least one
 * mention in the document denotes it, and named there by the texts of those mentions.
 */
record PredictedEntity(Entity entity, List<String> mentionTexts) {

    PredictedEntity {
        mentionTexts = List.copyOf(mentionTexts);
    }

    /** The distinct entities the document's mentions denote, in order of first mention. */
    static List<PredictedEntity> collect(ResolvedDocument doc) {
        List<EntityMention> mentions = new ArrayList<>(doc.annotated().mentions());
        mentions.sort(Comparator.comparing(EntityMention::span));
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            Entity e = doc.entityOf(m);
            if (e == null) {
                continue;
            }
            entities.putIfAbsent(e.key(), e);
            texts.computeIfAbsent(e.key(), k -> new LinkedHashSet<>()).add(m.text());
        }
        List<PredictedEntity> out = new ArrayList<>();
        entities.forEach((key, e) -> out.add(new PredictedEntity(e, new ArrayList<>(texts.get(key)))));
        return out;
    }

    /** Texts of all mentions in {@code doc} that denote the entity with {@code key}. */
    static List<String> mentionTextsOf(ResolvedDocument doc, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (EntityMention m : doc.annotated().mentions()) {
            Entity e = doc.entityOf(m);
            if (e != null && e.key().equals(key)) {
                out.add(m.text());
            }
        }
        return new ArrayList<>(out);
    }
}
