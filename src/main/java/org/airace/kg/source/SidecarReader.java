package org.airace.kg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the optional {@code NAME.meta.json} beside {@code NAME.txt}. A sidecar is the user's
 * correction of the header lines, so a broken one is an error naming the sidecar: reading the
 * document with half of the intended metadata would put wrong facts in the graph without notice.
 */
public final class SidecarReader {

    public static final String SUFFIX = ".meta.json";

    /** Duplicate keys are contradictory metadata: Jackson would silently keep the last one. */
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final HeaderDateParser dates;

    public SidecarReader() {
        this(HeaderLabels.defaults());
    }

    public SidecarReader(HeaderLabels labels) {
        this.dates = new HeaderDateParser(labels);
    }

    /** NAME.meta.json for NAME.txt (the last extension replaced). */
    public static Path sidecarOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return document.resolveSibling(stem + SUFFIX);
    }

    /** The sidecar of a document, or empty when there is none. */
    public Optional<SidecarMetadata> readFor(Path document) {
        Path sidecar = sidecarOf(document);
        if (!Files.exists(sidecar)) {
            return Optional.empty();
        }
        return Optional.of(read(sidecar));
    }

    public SidecarMetadata read(Path sidecar) {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(sidecar));
        } catch (JsonProcessingException e) {
            throw new SourceException(sidecar, "malformed JSON sidecar: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        } catch (AccessDeniedException e) {
            throw new SourceException(sidecar, "sidecar is not readable (permission denied)", e);
        } catch (IOException e) {
            throw new SourceException(sidecar, "sidecar cannot be read: " + e, e);
        }
        if (root == null || !root.isObject()) {
            throw new SourceException(sidecar, "sidecar must be a JSON object, found "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (!SidecarMetadata.FIELDS.contains(key)) {
                warnings.add(sidecar + ": unknown field '" + key + "' ignored");
                continue;
            }
            values.put(key, value(sidecar, key, v));
        }
        return new SidecarMetadata(values, warnings);
    }

    private Object value(Path sidecar, String key, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        switch (key) {
            case "authors":
            case "keywords":
                return stringList(sidecar, key, v);
            case "date":
                return date(sidecar, text(sidecar, key, v));
            default:
                String s = text(sidecar, key, v).strip();
                return s.isEmpty() ? null : s;
        }
    }

    private static String text(Path sidecar, String key, JsonNode v) {
        if (!v.isTextual()) {
            throw new SourceException(sidecar, "field '" + key + "' must be a string, found "
                    + v.getNodeType().toString().toLowerCase() + " " + v);
        }
        return v.asText();
    }

    /** A string or a list of strings; anything else is a typing error. */
    private static List<String> stringList(Path sidecar, String key, JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            if (!v.asText().isBlank()) {
                out.add(v.asText().strip());
            }
            return out;
        }
        if (!v.isArray()) {
            throw new SourceException(sidecar, "field '" + key + "' must be a string or a list of strings, found "
                    + v.getNodeType().toString().toLowerCase() + " " + v);
        }
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new SourceException(sidecar, "field '" + key + "' must list strings only, found " + item);
            }
            if (!item.asText().isBlank()) {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    /** ISO forms (2025, 2025-02, 2025-02-20) first, then the forms header lines use. */
    private PartialDate date(Path sidecar, String s) {
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException notIso) {
            PartialDate d = dates.parse(s);
            if (d == null) {
                throw new SourceException(sidecar, "field 'date' is not a date: '" + s + "'");
            }
            return d;
        }
    }
}
