package org.airace.kg.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one command did to each input: per-document counts or the error, and totals. Written as
 * JSON by {@code --report FILE} and summarised on standard error.
 */
public final class RunReport {

    /** One input's outcome. {@code counts} is ordered (mentions, entities, quantities ...). */
    public record Item(String file, String documentId, String status, String error, Map<String, Long> counts) {}

    private final String command;
    private final Instant started = Instant.now();
    private final List<Item> items = Collections.synchronizedList(new ArrayList<>());

    public RunReport(String command) {
        this.command = command;
    }

    public void ok(String file, String documentId, Map<String, Long> counts) {
        items.add(new Item(file, documentId, "ok", null, new LinkedHashMap<>(counts)));
    }

    public void failed(String file, String error) {
        items.add(new Item(file, null, "error", error, Map.of()));
    }

    public void skipped(String file, String documentId, String reason) {
        items.add(new Item(file, documentId, "skipped", reason, Map.of()));
    }

    public List<Item> items() {
        synchronized (items) {
            return List.copyOf(items);
        }
    }

    public long count(String status) {
        return items().stream().filter(i -> i.status().equals(status)).count();
    }

    public boolean anyFailed() {
        return count("error") > 0;
    }

    /** Sum of one count over all documents. */
    public long total(String key) {
        return items().stream().mapToLong(i -> i.counts().getOrDefault(key, 0L)).sum();
    }

    /** A one-paragraph summary for standard error. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(command).append(": ").append(count("ok")).append(" succeeded, ")
                .append(count("error")).append(" failed");
        long skipped = count("skipped");
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(" skipped");
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Item i : items()) {
            i.counts().forEach((k, v) -> totals.merge(k, v, Long::sum));
        }
        if (!totals.isEmpty()) {
            sb.append(" (");
            List<String> parts = new ArrayList<>();
            totals.forEach((k, v) -> parts.add(v + " " + k));
            sb.append(String.join(", ", parts)).append(')');
        }
        for (Item i : items()) {
            if (i.status().equals("error")) {
                sb.append(System.lineSeparator()).append("  error: ").append(i.file()).append(": ").append(i.error());
            }
        }
        return sb.toString();
    }

    public void write(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", command);
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put("succeeded", count("ok"));
        json.put("failed", count("error"));
        json.put("skipped", count("skipped"));
        json.put("documents", items());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }
}
