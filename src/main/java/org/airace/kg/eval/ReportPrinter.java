package org.airace.kg.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Lays a report out as aligned plain-text tables. */
final class ReportPrinter {

    /** Categories the per-document summary shows, with their column headings. */
    private static final List<String> SUMMARY = List.of(Categories.ENTITIES, Categories.ENTITIES_TYPED,
            Categories.QUANTITIES, Categories.DATES, Categories.CLAIMS, Categories.QUOTES, Categories.METADATA);
    private static final List<String> SUMMARY_HEADINGS = List.of("ent", "ent+type", "qty", "dates", "claims", "quotes", "meta");

    private final PrintStream out;

    ReportPrinter(PrintStream out) {
        this.out = out;
    }

    void print(EvalReport report, boolean verbose) {
        out.printf(Locale.ROOT, "Scored %d document(s) against gold; totals are micro-averaged.%n", report.documents().size());
        table(report.totals(), report.totalAccuracies());
        if (!report.documents().isEmpty()) {
            out.println();
            summary(report.documents());
        }
        if (!report.withoutGold().isEmpty()) {
            out.println();
            out.println("No gold file, not scored: " + String.join(", ", report.withoutGold()));
        }
        if (verbose) {
            for (DocumentScore d : report.documents()) {
                out.println();
                out.println("== " + d.document());
                table(d.scores(), d.accuracies());
                for (Finding f : d.findings()) {
                    out.println("  " + f);
                }
            }
        }
    }

    private void table(List<Score> scores, List<Accuracy> accuracies) {
        String row = "%-16s %6s %6s %9s %9s %6s %6s %6s%n";
        out.printf(Locale.ROOT, row, "category", "gold", "pred", "matched-g", "matched-p", "P", "R", "F1");
        for (Score s : scores) {
            boolean perType = s.category().startsWith(Categories.TYPE_PREFIX);
            if (perType && s.isEmpty()) {
                continue; // a type neither gold nor system has: noise in the table
            }
            String label = perType ? "  " + s.category().substring(Categories.TYPE_PREFIX.length()) : s.category();
            out.printf(Locale.ROOT, row, label, s.gold(), s.predicted(), s.matchedGold(), s.matchedPredicted(),
                    ratio(s.precision()), ratio(s.recall()), ratio(s.f1()));
        }
        for (Accuracy a : accuracies) {
            out.printf(Locale.ROOT, "%-16s %d of %d matched correct, accuracy %s%n", a.name(), a.correct(), a.total(),
                    ratio(a.value()));
        }
    }

    private void summary(List<DocumentScore> docs) {
        String heading = "F1 per document";
        int width = Math.max(heading.length(), docs.stream().mapToInt(d -> d.document().length()).max().orElse(0));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", heading));
        for (String h : SUMMARY_HEADINGS) {
            head.append(String.format(Locale.ROOT, " %8s", h));
        }
        out.println(head);
        for (DocumentScore d : docs) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", d.document()));
            for (String c : SUMMARY) {
                line.append(String.format(Locale.ROOT, " %8s", ratio(d.score(c).map(Score::f1).orElse(null))));
            }
            out.println(line);
        }
    }

    private static String ratio(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
