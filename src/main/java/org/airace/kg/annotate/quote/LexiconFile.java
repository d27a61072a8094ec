package org.airace.kg.annotate.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Reads a JSON data file of the lexicon: first from the classpath ({@code /ontology/lexicon/NAME},
 * where the packaged jar carries it), then from the working tree ({@code ontology/lexicon/NAME},
 * or below the directory named by the system property {@code airace.basedir}) so tests and
 * development runs see edits without repackaging.
 */
public final class LexiconFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LexiconFile() {}

    public static JsonNode read(String name) {
        try (InputStream in = LexiconFile.class.getResourceAsStream("/ontology/lexicon/" + name)) {
            if (in != null) {
                return JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        List<Path> candidates = new ArrayList<>();
        String base = System.getProperty("airace.basedir");
        if (base != null) {
            candidates.add(Path.of(base, "ontology", "lexicon", name));
        }
        candidates.add(Path.of("ontology", "lexicon", name));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                try {
                    return JSON.readTree(p.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read lexicon " + p, e);
                }
            }
        }
        throw new IllegalStateException("lexicon file not found: " + name + " (looked on the classpath and in " + candidates + ")");
    }

    /** The strings of a JSON array, in the Simplified view the annotators match on; empty when absent. */
    public static List<String> normalizedStrings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode n : array) {
                out.add(ScriptNormalizer.normalize(n.asText()));
            }
        }
        return out;
    }
}
