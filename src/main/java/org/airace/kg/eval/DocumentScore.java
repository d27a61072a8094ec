package org.airace.kg.eval;

import java.util.List;
import java.util.Optional;

/**
 * The scores of one document against its gold file.
 *
 * @param document   the document's file name
 * @param scores     one row per category, always the same categories in the same order
 * @param accuracies date value and quote speaker accuracy
 * @param findings   misses, spurious items and wrong attributes, in category order
 */
public record DocumentScore(String document, List<Score> scores, List<Accuracy> accuracies, List<Finding> findings) {

    public DocumentScore {
        scores = List.copyOf(scores);
        accuracies = List.copyOf(accuracies);
        findings = List.copyOf(findings);
    }

    public Optional<Score> score(String category) {
        return scores.stream().filter(s -> s.category().equals(category)).findFirst();
    }

    public Optional<Accuracy> accuracy(String name) {
        return accuracies.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
