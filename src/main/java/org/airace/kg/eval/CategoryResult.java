package org.airace.kg.eval;

import java.util.List;

/** What one category scorer found in one document: score rows, attribute accuracies and findings. */
record CategoryResult(List<Score> scores, List<Accuracy> accuracies, List<Finding> findings) {

    CategoryResult {
        scores = List.copyOf(scores);
        accuracies = List.copyOf(accuracies);
        findings = List.copyOf(findings);
    }
}
