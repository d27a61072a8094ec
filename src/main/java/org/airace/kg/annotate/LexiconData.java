package org.airace.kg.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Reads the JSON data files under {@code ontology/lexicon/} (units, time words, quote cues, claim
 * topics) for every annotator. In the packaged jar they are resources
 * under {@code /ontology/lexicon/}; in a source checkout (tests) they sit in the project folder, so
 * the file system is the fallback. Surface forms are folded to the Simplified/half-width view here,
 * so lexicon authors may write either script.
 */
public final class LexiconData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LexiconData() {}

    public static JsonNode read(String fileName) {
        String resource = "/ontology/lexicon/" + fileName;
        try (InputStream in = LexiconData.class.getResourceAsStream(resource)) {
            if (in != null) {
                return JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        for (Path candidate : candidates(fileName)) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return JSON.readTree(candidate.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + candidate, e);
                }
            }
        }
        throw new IllegalStateException("lexicon " + fileName + " found neither on the classpath ("
                + resource + ") nor under ontology/lexicon/");
    }

    private static List<Path> candidates(String fileName) {
        List<Path> out = new ArrayList<>();
        String base = System.getProperty("airace.basedir");
        if (base != null) {
            out.add(Path.of(base, "ontology", "lexicon", fileName));
        }
        out.add(Path.of("ontology", "lexicon", fileName));
        return out;
    }

    /** The strings of a JSON array, folded to the matching view. */
    public static List<String> forms(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode n : array) {
                out.add(ScriptNormalizer.normalize(n.asText()));
            }
        }
        return out;
    }

    /** A JSON object of form -> integer, keys folded to the matching view, order kept. */
    public static Map<String, Integer> intMap(JsonNode object) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (object != null) {
            Iterator<Map.Entry<String, JsonNode>> it = object.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(ScriptNormalizer.normalize(e.getKey()), e.getValue().asInt());
            }
        }
        return out;
    }

    /** Whether {@code s} at {@code at} starts with one of {@code forms}; returns the longest, or null. */
    public static String longestAt(String s, int at, List<String> formsLongestFirst) {
        for (String f : formsLongestFirst) {
            if (s.startsWith(f, at)) {
                return f;
            }
        }
        return null;
    }

    /** The longest form that ends exactly at {@code end} (exclusive), or null. */
    public static String longestEndingAt(String s, int end, List<String> formsLongestFirst) {
        for (String f : formsLongestFirst) {
            int b = end - f.length();
            if (b >= 0 && s.startsWith(f, b)) {
                return f;
            }
        }
        return null;
    }

    public static List<String> longestFirst(List<String> forms) {
        List<String> copy = new ArrayList<>(forms);
        copy.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return List.copyOf(copy);
    }
}
