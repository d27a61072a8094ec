package org.airace.kg.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.claim.ClaimAnnotator;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.airace.kg.text.ScriptNormalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev score on the seed articles, by the rules of the evaluation (eval/matching): quotes by
 * quoted-text overlap of at least half the shorter span, with speaker accuracy over matched quotes;
 * claims (cost, chips) by topic and sentence overlap. Mentions come from a crude stand-in, so these
 * figures are a floor for what the real entity layer gives. Run with -Dairace.shared=/path/to/shared.
 */
class StatementsSeedScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedScores() throws Exception {
        Path shared = Path.of(System.getProperty("airace.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("seeds")) && Files.isDirectory(shared.resolve("eval/seeds-gold")),
                "shared seeds not available");
        boolean verbose = Boolean.getBoolean("airace.verbose");
        QuoteAnnotator quotes = QuoteAnnotator.load();
        ClaimAnnotator claims = ClaimAnnotator.load();
        Counts q = new Counts();
        Counts c = new Counts();
        int speakerRight = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(shared.resolve("seeds"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            Path goldFile = shared.resolve("eval/seeds-gold").resolve(f.getFileName().toString().replace(".txt", ".json"));
            JsonNode gold = JSON.readTree(goldFile.toFile());
            AnnotatedDocument doc = new AnnotatedDocument(new Document("t", f.getFileName().toString(), f, text, Metadata.empty(), "UTF-8"));
            StandInMentions.fill(doc);
            quotes.annotate(doc);
            claims.annotate(doc);
            if (verbose) System.out.println("=== " + f.getFileName());

            // Quotes
            List<Quote> predicted = doc.quotes();
            boolean[] predMatched = new boolean[predicted.size()];
            for (JsonNode g : gold.path("quotes")) {
                Span gs = locate(text, g.get("text").asText());
                q.gold++;
                Quote best = null;
                for (int i = 0; i < predicted.size(); i++) {
                    if (gs != null && halfOverlap(gs, predicted.get(i).span())) {
                        predMatched[i] = true;
                        if (best == null) best = predicted.get(i);
                    }
                }
                if (best != null) {
                    q.goldMatched++;
                    boolean ok = speakerMatches(g.get("speaker").asText(), best);
                    if (ok) speakerRight++;
                    if (verbose && !ok) {
                        System.out.println("  SPEAKER " + g.get("speaker").asText() + " vs " + speakerOf(best) + " | " + cut(best.text()));
                        final Quote b = best;
                        System.out.println("     persons before: " + doc.mentions().stream().filter(m -> m.type() == org.airace.kg.annotate.EntityType.PERSON && m.span().end() <= b.cueSpan().begin()).map(m -> m.text()).toList());
                    }
                } else if (verbose) {
                    System.out.println("  MISSED Q " + g.get("speaker").asText() + " | " + g.get("cue").asText() + " | " + cut(g.get("text").asText()));
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                q.predicted++;
                if (predMatched[i]) q.predictedMatched++;
                else if (verbose) System.out.println("  EXTRA Q " + predicted.get(i).span() + speakerOf(predicted.get(i)) + " | " + predicted.get(i).cue() + " | " + cut(predicted.get(i).text()));
            }

            // Claims (cost, chips only)
            List<Claim> pc = doc.claims().stream().filter(x -> goldTopic(x.topic()) != null).toList();
            boolean[] cMatched = new boolean[pc.size()];
            for (JsonNode g : gold.path("claims")) {
                Span gs = locate(text, g.get("sentence").asText());
                c.gold++;
                boolean found = false;
                for (int i = 0; i < pc.size(); i++) {
                    if (gs != null && g.get("topic").asText().equals(goldTopic(pc.get(i).topic())) && halfOverlap(gs, pc.get(i).sentence())) {
                        cMatched[i] = true;
                        found = true;
                    }
                }
                if (found) c.goldMatched++;
                else if (verbose) System.out.println("  MISSED C " + g.get("topic").asText() + " | " + cut(g.get("sentence").asText()));
            }
            for (int i = 0; i < pc.size(); i++) {
                c.predicted++;
                if (cMatched[i]) c.predictedMatched++;
                else if (verbose) System.out.println("  EXTRA C " + pc.get(i).topic() + " [" + pc.get(i).cue() + "] | " + cut(doc.text().slice(pc.get(i).sentence().begin(), pc.get(i).sentence().end())));
            }
        }
        double speakerAccuracy = q.goldMatched == 0 ? 0 : speakerRight / (double) q.goldMatched;
        System.out.printf("QUOTES  P=%.3f R=%.3f F1=%.3f speaker=%.3f (%d predicted, %d gold)%n", q.p(), q.r(), q.f1(), speakerAccuracy, q.predicted, q.gold);
        System.out.printf("CLAIMS  P=%.3f R=%.3f F1=%.3f (%d predicted, %d gold; cost+chips)%n", c.p(), c.r(), c.f1(), c.predicted, c.gold);
        assertThat(q.f1()).isGreaterThan(FLOOR_QUOTES_F1);
        assertThat(speakerAccuracy).isGreaterThan(FLOOR_SPEAKER);
        assertThat(c.f1()).isGreaterThan(FLOOR_CLAIMS_F1);
    }

    // Floors a little below what the annotators reach with the stand-in mentions.
    private static final double FLOOR_QUOTES_F1 = 0.85;
    private static final double FLOOR_SPEAKER = 0.80;
    private static final double FLOOR_CLAIMS_F1 = 0.87;

    private static final class Counts {
        int predicted, predictedMatched, gold, goldMatched;

        double p() { return predicted == 0 ? 0 : predictedMatched / (double) predicted; }
        double r() { return gold == 0 ? 0 : goldMatched / (double) gold; }
        double f1() { return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r()); }
    }

    private static String goldTopic(String topic) {
        if (topic.equals("CostConstraint")) return "cost";
        if (topic.equals("ChipConstraint")) return "chips";
        return null;
    }

    private static Span locate(String text, String needle) {
        int k = text.indexOf(needle);
        return k < 0 ? null : new Span(k, k + needle.length());
    }

    private static boolean halfOverlap(Span a, Span b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
        return overlap > 0 && overlap * 2 >= Math.min(a.length(), b.length());
    }

    private static String norm(String s) {
        return ScriptNormalizer.toSimplified(s).toLowerCase().replaceAll("[\\s·・•.]", "");
    }

    private static boolean speakerMatches(String gold, Quote q) {
        String g = norm(gold);
        List<String> names = new ArrayList<>();
        if (q.speaker() != null) names.add(q.speaker().text());
        if (q.speakerText() != null) names.add(q.speakerText());
        for (String n : names) {
            String p = norm(n);
            if (!p.isEmpty() && (p.equals(g) || p.contains(g) || g.contains(p))) return true;
        }
        return false;
    }

    private static String speakerOf(Quote q) {
        return (q.speaker() == null ? "-" : q.speaker().text()) + "/" + q.speakerText();
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
