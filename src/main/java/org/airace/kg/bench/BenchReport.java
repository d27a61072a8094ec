package org.airace.kg.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Collects the figures of a run and prints them as they come and as a Markdown table at the end. */
public final class BenchReport {
    private final List<Figure> figures = new ArrayList<>();
    private final PrintStream out;

    public BenchReport(PrintStream out) {
        this.out = out;
    }

    void add(Figure f) {
        figures.add(f);
        out.println("  " + f.name() + ": " + f.value()
                + (f.baseline().isEmpty() ? "" : "  vs " + f.baseline())
                + (f.ratioText().isEmpty() ? "" : "  ratio " + f.ratioText())
                + (f.target().isEmpty() ? "" : "  target " + f.target() + " " + f.verdict()));
        out.flush();
    }

    void note(String line) {
        out.println(line);
        out.flush();
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** The figures as a Markdown table (what BENCHMARKS.md shows). */
    public String markdown() {
        StringBuilder sb = new StringBuilder("| figure | value | baseline (same run) | ratio | target | |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures)
            sb.append("| ").append(f.name()).append(" | ").append(f.value()).append(" | ").append(f.baseline())
                    .append(" | ").append(f.ratioText()).append(" | ").append(f.target()).append(" | ")
                    .append(f.verdict()).append(" |\n");
        return sb.toString();
    }
}
