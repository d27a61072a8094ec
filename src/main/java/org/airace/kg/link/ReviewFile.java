package org.airace.kg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review file: UTF-8 TSV with a header line, one proposed link per line, which the user edits
 * (in a text editor or a spreadsheet) by writing {@code accept} or {@code reject} in the last column.
 * Lines starting with {@code #} are comments. Columns are found by their header name, so a
 * spreadsheet that reorders them, or drops the empty trailing decision column, is still read.
 */
public final class ReviewFile {
    public static final List<String> COLUMNS = List.of("entity", "entity_label", "class", "qid", "candidate_label",
            "description", "score", "reason", "decision");

    private ReviewFile() {}

    public static void write(Path file, List<ReviewRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Proposed Wikidata links. Write accept or reject in the decision column, then run: airace link --accept FILE\n");
        sb.append("# Rows pre-filled with accept are the only typed candidate whose label matched exactly; check them too.\n");
        sb.append(String.join("\t", COLUMNS)).append('\n');
        for (ReviewRow r : rows) {
            List<String> cells = List.of(r.entity(), r.label(), r.airClass(), r.qid(), r.candidateLabel(), r.description(),
                    String.format(Locale.ROOT, "%.2f", r.score()), r.reason(), r.decision());
            List<String> clean = new ArrayList<>();
            for (String c : cells) clean.add(cell(c));
            sb.append(String.join("\t", clean)).append('\n');
        }
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path tmp = Files.createTempFile(absolute.getParent(), ".review", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write review file " + file, e);
        }
    }

    /** Every row, with its line number; a malformed line stops the reading with FILE:LINE and the reason. */
    public static List<ReviewRow> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReviewFileException(file + ": cannot read: " + e.getMessage());
        }
        Map<String, Integer> column = null;
        List<ReviewRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = stripBom(lines.get(i), i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (column == null) {
                column = header(file, lineNo, cells);
                continue;
            }
            rows.add(row(file, lineNo, cells, column));
        }
        if (column == null) throw new ReviewFileException(file + ": no header line (" + String.join(", ", COLUMNS) + ")");
        return rows;
    }

    private static Map<String, Integer> header(Path file, int lineNo, String[] cells) {
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < cells.length; c++) column.put(cells[c].strip().toLowerCase(Locale.ROOT), c);
        for (String needed : List.of("entity", "qid", "decision")) {
            if (!column.containsKey(needed))
                throw new ReviewFileException(file + ":" + lineNo + ": header has no '" + needed + "' column");
        }
        return column;
    }

    private static ReviewRow row(Path file, int lineNo, String[] cells, Map<String, Integer> column) {
        String where = file + ":" + lineNo + ": ";
        if (cells.length > column.size())
            throw new ReviewFileException(where + cells.length + " columns, the header has " + column.size()
                    + " (a tab inside a cell?)");
        String decision = get(cells, column, "decision").toLowerCase(Locale.ROOT);
        if (!decision.isEmpty() && !decision.equals(ReviewRow.ACCEPT) && !decision.equals(ReviewRow.REJECT))
            throw new ReviewFileException(where + "decision must be accept, reject or empty, not '" + decision + "'");
        String entity = get(cells, column, "entity");
        String qid = get(cells, column, "qid");
        if (decision.equals(ReviewRow.ACCEPT)) {
            if (!entity.matches("https?://\\S+"))
                throw new ReviewFileException(where + "entity '" + entity + "' is not an http(s) IRI");
            if (!Qids.isQid(qid))
                throw new ReviewFileException(where + "qid '" + qid + "' is not a Wikidata item id like Q42");
        }
        double score;
        String scoreText = get(cells, column, "score");
        try {
            score = scoreText.isEmpty() ? 0 : Double.parseDouble(scoreText);
        } catch (NumberFormatException e) {
            throw new ReviewFileException(where + "score '" + scoreText + "' is not a number");
        }
        return new ReviewRow(entity, get(cells, column, "entity_label"), get(cells, column, "class"), qid,
                get(cells, column, "candidate_label"), get(cells, column, "description"), score,
                get(cells, column, "reason"), decision, lineNo);
    }

    /** The cell of a column; a missing trailing cell reads as empty. */
    private static String get(String[] cells, Map<String, Integer> column, String name) {
        Integer c = column.get(name);
        return c == null || c >= cells.length ? "" : cells[c].strip();
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Tabs and line breaks would break the row; Wikidata descriptions may hold them. */
    private static String cell(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
