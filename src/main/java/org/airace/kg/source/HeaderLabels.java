package org.airace.kg.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words news exports use in their header lines, read from {@code header-labels.json} so that
 * a new outlet's label is a data change, not a code change.
 *
 * @param fieldByLabel  normalised label (lower case, no spaces) to metadata field name
 * @param bylinePrefixes words that open a byline without a colon (記者, 文／, "By ")
 * @param bylineMarks    symbols that open an author line (●)
 * @param reportSuffixes endings that mark the second part of a byline as a place, not a person
 * @param keywordSeparators characters keywords are separated by
 * @param months         English month names and abbreviations to month numbers
 */
public record HeaderLabels(Map<String, String> fieldByLabel, List<String> bylinePrefixes, List<String> bylineMarks,
                           List<String> reportSuffixes, String keywordSeparators, Map<String, Integer> months) {

    public static final String RESOURCE = "header-labels.json";

    public HeaderLabels {
        fieldByLabel = Map.copyOf(fieldByLabel);
        bylinePrefixes = List.copyOf(bylinePrefixes);
        bylineMarks = List.copyOf(bylineMarks);
        reportSuffixes = List.copyOf(reportSuffixes);
        months = Map.copyOf(months);
    }

    private static volatile HeaderLabels defaults;

    /** The labels shipped with the project (loaded once). */
    public static HeaderLabels defaults() {
        HeaderLabels d = defaults;
        if (d == null) {
            try (InputStream in = HeaderLabels.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                d = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            defaults = d;
        }
        return d;
    }

    public static HeaderLabels load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, String> byLabel = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("fields").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            for (JsonNode label : field.getValue()) {
                byLabel.put(normalize(label.asText()), field.getKey());
            }
        }
        Map<String, Integer> months = new HashMap<>();
        root.path("months").fields().forEachRemaining(e -> months.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asInt()));
        return new HeaderLabels(byLabel, strings(root.path("bylinePrefixes")), strings(root.path("bylineMarks")),
                strings(root.path("reportSuffixes")), root.path("keywordSeparators").asText("、,，;；"), months);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Lower case without white space, so "Author (s)" and "author(s)" are the same label. */
    public static String normalize(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u3000]+", "");
    }

    /** The metadata field a label names, or null. */
    public String fieldOf(String label) {
        return fieldByLabel.get(normalize(label));
    }
}
