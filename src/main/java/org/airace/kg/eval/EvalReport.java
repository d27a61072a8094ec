package org.airace.kg.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of an evaluation: per-document scores and their micro-averaged totals.
 *
 * @param documents   one score per document that had a gold file
 * @param withoutGold file names of documents no gold file describes (not scored)
 */
public record EvalReport(List<DocumentScore> documents, List<String> withoutGold) {

    public EvalReport {
        documents = List.copyOf(documents);
        withoutGold = List.copyOf(withoutGold);
    }

    /** Each category's counts summed over documents, in the order the scorer produces them. */
    @JsonProperty("totals")
    public List<Score> totals() {
        Map<String, Score> sum = new LinkedHashMap<>();
        for (DocumentScore d : documents) {
            for (Score s : d.scores()) {
                sum.merge(s.category(), s, Score::plus);
            }
        }
        return new ArrayList<>(sum.values());
    }

    /** Date value and quote speaker accuracy over all matched items of all documents. */
    @JsonProperty("totalAccuracies")
    public List<Accuracy> totalAccuracies() {
        Map<String, Accuracy> sum = new LinkedHashMap<>();
        for (DocumentScore d : documents) {
            for (Accuracy a : d.accuracies()) {
                sum.merge(a.name(), a, Accuracy::plus);
            }
        }
        return new ArrayList<>(sum.values());
    }

    public Optional<Score> total(String category) {
        return totals().stream().filter(s -> s.category().equals(category)).findFirst();
    }

    public Optional<Accuracy> totalAccuracy(String name) {
        return totalAccuracies().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The totals table and a per-document F1 summary; with {@code verbose}, each document's table and findings. */
    public void print(PrintStream out, boolean verbose) {
        new ReportPrinter(out).print(this, verbose);
    }

    /** The whole report as JSON, for {@code --report FILE}. */
    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
