package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.resolve.ResolvedDocument;

/**
 * Entities by name, by name and type, and per gold type. A gold entity matches a predicted one when
 * some mention text of the predicted entity equals the gold name or an alias after normalisation;
 * the typed score also wants the same type.
 */
final class EntityScorer {

    CategoryResult score(ResolvedDocument doc, GoldDocument gold) {
        List<PredictedEntity> predicted = PredictedEntity.collect(doc);
        List<GoldDocument.GoldEntity> golds = gold.entities();
        List<Set<String>> goldNames = new ArrayList<>();
        List<EntityType> goldTypes = new ArrayList<>();
        for (GoldDocument.GoldEntity g : golds) {
            goldNames.add(names(g));
            goldTypes.add(EntityType.fromLocalName(g.type()));
        }
        List<Set<String>> predictedNames = new ArrayList<>();
        for (PredictedEntity p : predicted) {
            Set<String> n = new HashSet<>();
            for (String t : p.mentionTexts()) {
                addNormalized(n, t);
            }
            predictedNames.add(n);
        }
        Pairing byName = Pairing.of(golds.size(), predicted.size(),
                (g, p) -> intersects(goldNames.get(g), predictedNames.get(p)));
        Pairing byNameAndType = Pairing.of(golds.size(), predicted.size(),
                (g, p) -> intersects(goldNames.get(g), predictedNames.get(p))
                        && goldTypes.get(g) == predicted.get(p).entity().type());

        List<Score> scores = new ArrayList<>();
        scores.add(byName.score(Categories.ENTITIES));
        scores.add(byNameAndType.score(Categories.ENTITIES_TYPED));
        for (EntityType type : EntityType.values()) {
            int goldOfType = 0, pred = 0, matchedGold = 0, matchedPred = 0;
            for (int g = 0; g < golds.size(); g++) {
                if (goldTypes.get(g) == type) {
                    goldOfType++;
                    if (byNameAndType.goldMatched(g)) matchedGold++;
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (predicted.get(p).entity().type() == type) {
                    pred++;
                    if (byNameAndType.predictedMatched(p)) matchedPred++;
                }
            }
            scores.add(Score.of(Categories.ofType(type), goldOfType, pred, matchedGold, matchedPred));
        }
        return new CategoryResult(scores, List.of(), findings(golds, goldTypes, predicted, byName, byNameAndType));
    }

    private static List<Finding> findings(List<GoldDocument.GoldEntity> golds, List<EntityType> goldTypes,
            List<PredictedEntity> predicted, Pairing byName, Pairing byNameAndType) {
        List<Finding> out = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            String item = golds.get(g).name() + " [" + goldTypes.get(g).localName() + "]";
            if (!byName.goldMatched(g)) {
                out.add(new Finding(Finding.MISS, "entity", item));
            } else if (!byNameAndType.goldMatched(g)) {
                Set<String> types = new LinkedHashSet<>();
                for (int p : byName.predictionsOf(g)) {
                    types.add(predicted.get(p).entity().type().localName());
                }
                out.add(new Finding(Finding.MISTYPED, "entity", item + " predicted " + types));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!byName.predictedMatched(p)) {
                PredictedEntity e = predicted.get(p);
                out.add(new Finding(Finding.SPURIOUS, "entity",
                        e.mentionTexts().get(0) + " [" + e.entity().type().localName() + "]"));
            }
        }
        return out;
    }

    private static Set<String> names(GoldDocument.GoldEntity g) {
        Set<String> out = new HashSet<>();
        addNormalized(out, g.name());
        for (String a : g.aliases()) {
            addNormalized(out, a);
        }
        return out;
    }

    private static void addNormalized(Set<String> out, String s) {
        String n = NameNormalizer.normalize(s);
        if (n != null && !n.isEmpty()) {
            out.add(n);
        }
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) return true;
        }
        return false;
    }
}
