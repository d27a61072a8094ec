package org.airace.kg.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.annotate.time.TimeAnnotator;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.airace.kg.source.PartialDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the quantity and time annotators on the seed articles against their gold, by the rules
 * of the project's matching notes (spans overlap; quantities also need equal value and unit). The
 * floors sit a little under what the annotators reach, so a regression fails the build.
 */
class QuantitySeedsScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresOnSeeds() throws Exception {
        String shared = System.getProperty("airace.shared");
        Assumptions.assumeTrue(shared != null, "airace.shared not set");
        Path seeds = Path.of(shared, "seeds");
        Path gold = Path.of(shared, "eval", "seeds-gold");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isDirectory(gold), "no seeds at " + shared);

        QuantityAnnotator quantities = new QuantityAnnotator();
        TimeAnnotator times = new TimeAnnotator();
        int qPred = 0, qGold = 0, qMatchedPred = 0, qMatchedGold = 0;
        int dPred = 0, dGold = 0, dMatchedPred = 0, dMatchedGold = 0, dValueOk = 0;
        // The gold lists a repeated expression once; this counts repeats of an unmatched prediction as one.
        int qRepeats = 0, dRepeats = 0;
        List<Path> golds;
        try (Stream<Path> files = Files.list(gold)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<org.airace.kg.text.TextView> views = new ArrayList<>();
        for (Path g : golds) {
            JsonNode root = JSON.readTree(g.toFile());
            String name = root.get("doc").asText();
            String text = Files.readString(seeds.resolve(name), StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            JsonNode date = root.path("metadata").path("date");
            PartialDate published = date.isTextual() ? PartialDate.parse(date.asText()) : null;
            Metadata meta = new Metadata(null, List.of(), null, published, null, null, List.of());
            AnnotatedDocument doc = new AnnotatedDocument(new Document(name, name, null, text, meta, "UTF-8"));
            quantities.annotate(doc);
            times.annotate(doc);
            views.add(doc.text());

            List<Quantity> qs = doc.quantities();
            boolean[] usedQ = new boolean[qs.size()];
            qPred += qs.size();
            for (JsonNode gq : root.path("quantities")) {
                qGold++;
                List<Span> where = occurrences(text, gq.get("text").asText());
                int hit = -1;
                for (int k = 0; k < qs.size() && hit < 0; k++) {
                    Quantity q = qs.get(k);
                    if (!usedQ[k] && overlapsAny(q.span(), where) && sameValue(q.value(), gq.get("value").decimalValue())
                            && unitsCorrespond(q.unit(), gq.get("unit").asText())) {
                        hit = k;
                    }
                }
                if (hit >= 0) {
                    usedQ[hit] = true;
                    qMatchedGold++;
                } else {
                    System.out.println("  missed Q " + name + " " + gq);
                }
            }
            java.util.Set<String> seenQ = new java.util.HashSet<>();
            for (int k = 0; k < qs.size(); k++) {
                Quantity q0 = qs.get(k);
                if (!seenQ.add(q0.text() + "|" + q0.value().toPlainString() + "|" + q0.unit()) && !usedQ[k]) {
                    qRepeats++;
                }
            }
            for (int k = 0; k < qs.size(); k++) {
                if (usedQ[k]) {
                    qMatchedPred++;
                } else {
                    Quantity q = qs.get(k);
                    System.out.println("  extra  Q " + name + " " + q.text() + " = " + q.value().toPlainString() + " " + q.unit()
                            + " | " + context(text, q.span()));
                }
            }

            List<TimeExpression> ts = doc.times();
            boolean[] usedT = new boolean[ts.size()];
            dPred += ts.size();
            for (JsonNode gd : root.path("dates")) {
                dGold++;
                List<Span> where = occurrences(text, gd.get("text").asText());
                int hit = -1;
                for (int k = 0; k < ts.size() && hit < 0; k++) {
                    if (!usedT[k] && overlapsAny(ts.get(k).span(), where)) {
                        hit = k;
                    }
                }
                if (hit >= 0) {
                    usedT[hit] = true;
                    dMatchedGold++;
                    String want = gd.get("value").isNull() ? null : gd.get("value").asText();
                    PartialDate v = ts.get(hit).value();
                    String got = v == null ? null : v.toString();
                    if (Objects.equals(want, got)) {
                        dValueOk++;
                    } else {
                        System.out.println("  value  D " + name + " " + gd.get("text").asText() + " want " + want + " got " + got);
                    }
                } else {
                    System.out.println("  missed D " + name + " " + gd);
                }
            }
            java.util.Set<String> seenT = new java.util.HashSet<>();
            for (int k = 0; k < ts.size(); k++) {
                if (!seenT.add(ts.get(k).text()) && !usedT[k]) {
                    dRepeats++;
                }
            }
            for (int k = 0; k < ts.size(); k++) {
                if (usedT[k]) {
                    dMatchedPred++;
                } else {
                    System.out.println("  extra  D " + name + " " + ts.get(k).text() + " = " + ts.get(k).value() + " | "
                            + context(text, ts.get(k).span()));
                }
            }
        }
        long chars = 0;
        long qNanos = 0, tNanos = 0;
        for (int warm = 0; warm < 20; warm++) {
            for (org.airace.kg.text.TextView v : views) {
                quantities.extract(v);
                times.extract(v, null);
            }
        }
        for (int round = 0; round < 60; round++) {
            for (org.airace.kg.text.TextView v : views) {
                long t0 = System.nanoTime();
                quantities.extract(v);
                long t1 = System.nanoTime();
                times.extract(v, null);
                tNanos += System.nanoTime() - t1;
                qNanos += t1 - t0;
                chars += v.length();
            }
        }
        System.out.printf("speed, one thread, text views prebuilt: quantities %.0f chars/s, dates %.0f chars/s%n",
                chars / (qNanos / 1e9), chars / (tNanos / 1e9));
        double qp = ratio(qMatchedPred, qPred), qr = ratio(qMatchedGold, qGold), qf = f1(qp, qr);
        double dp = ratio(dMatchedPred, dPred), dr = ratio(dMatchedGold, dGold), df = f1(dp, dr);
        double dv = ratio(dValueOk, dMatchedGold);
        System.out.printf("quantities: P=%.3f R=%.3f F1=%.3f (pred %d, gold %d)%n", qp, qr, qf, qPred, qGold);
        System.out.printf("dates:      P=%.3f R=%.3f F1=%.3f (pred %d, gold %d) value accuracy=%.3f%n", dp, dr, df, dPred, dGold, dv);
        System.out.printf("repeats of one expression counted once: quantities P=%.3f F1=%.3f, dates P=%.3f F1=%.3f%n",
                ratio(qMatchedPred, qPred - qRepeats), f1(ratio(qMatchedPred, qPred - qRepeats), qr),
                ratio(dMatchedPred, dPred - dRepeats), f1(ratio(dMatchedPred, dPred - dRepeats), dr));
        assertThat(qf).as("quantity F1").isGreaterThanOrEqualTo(FLOOR_QUANTITY_F1);
        assertThat(df).as("date F1").isGreaterThanOrEqualTo(FLOOR_DATE_F1);
        assertThat(dv).as("date value accuracy").isGreaterThanOrEqualTo(FLOOR_DATE_VALUE);
    }

    private static final double FLOOR_QUANTITY_F1 = 0.93;
    private static final double FLOOR_DATE_F1 = 0.90;
    private static final double FLOOR_DATE_VALUE = 0.95;

    private static String context(String text, Span s) {
        return text.substring(Math.max(0, s.begin() - 6), Math.min(text.length(), s.end() + 6)).replace('\n', ' ');
    }

    private static List<Span> occurrences(String text, String needle) {
        List<Span> out = new ArrayList<>();
        for (int at = text.indexOf(needle); at >= 0 && !needle.isEmpty(); at = text.indexOf(needle, at + 1)) {
            out.add(new Span(at, at + needle.length()));
        }
        return out;
    }

    private static boolean overlapsAny(Span s, List<Span> where) {
        for (Span w : where) {
            if (s.overlaps(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return a.signum() == 0;
        }
        return a.subtract(b).abs().doubleValue() <= 1e-6 * b.abs().doubleValue();
    }

    static boolean unitsCorrespond(String unit, String gold) {
        switch (unit) {
            case "Percent": return gold.equals("percent");
            case "Count": return gold.equals("count");
            case "GigaWatt": return gold.equals("GW");
            case "Multiple": return gold.equals("year-ratio") || gold.equals("other:multiple");
            case "Year": case "Month": case "Week": case "Day": case "Hour": case "Minute": case "Ratio": case "Parameter":
                return gold.equals("other:" + unit.toLowerCase(java.util.Locale.ROOT));
            default: return gold.equals(unit);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
