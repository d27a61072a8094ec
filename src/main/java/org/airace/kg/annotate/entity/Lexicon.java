package org.airace.kg.annotate.entity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.airace.kg.annotate.EntityType;

/**
 * The domain lexicon: all entries of the JSON files of one folder, by id.
 *
 * <p>{@link #loadDefault()} reads the file-system folder named by system property {@value #DIR_PROPERTY}
 * when set (an explicit choice wins), else the classpath folder {@value #RESOURCE_DIR} (where the build
 * packages {@code ontology/}), else {@code ontology/lexicon/entities} under the working directory. A missing lexicon gives an empty one:
 * recognition then rests on patterns and HanLP alone.
 */
public final class Lexicon {

    public static final String RESOURCE_DIR = "ontology/lexicon/entities";
    public static final String DIR_PROPERTY = "airace.lexicon.dir";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, LexiconEntry> byId;

    public Lexicon(Collection<LexiconEntry> entries) {
        Map<String, LexiconEntry> m = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            if (e.id() == null || e.type() == null) {
                throw new IllegalArgumentException("lexicon entry without id or type: " + e);
            }
            e.entityType(); // fail early on an unknown type
            if (m.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate lexicon id: " + e.id());
            }
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    public static Lexicon empty() {
        return new Lexicon(List.of());
    }

    /** The configured folder, else the classpath, else the default folder; empty when none exists. */
    public static Lexicon loadDefault() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return load(Paths.get(configured));
        }
        Lexicon fromClasspath = fromClasspath(RESOURCE_DIR);
        if (fromClasspath != null) {
            return fromClasspath;
        }
        Path dir = Paths.get(RESOURCE_DIR);
        return Files.isDirectory(dir) ? load(dir) : empty();
    }

    /** All {@code *.json} files of a folder, in file-name order. */
    public static Lexicon load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            List<LexiconEntry> entries = new ArrayList<>();
            for (Path p : sorted) {
                try (InputStream in = Files.newInputStream(p)) {
                    entries.addAll(readFile(in, p.toString()));
                }
            }
            return new Lexicon(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon folder " + dir, e);
        }
    }

    /** The lexicon packaged on the classpath (a folder or inside a jar), or null when absent. */
    public static Lexicon fromClasspath(String resourceDir) {
        URL url = Lexicon.class.getClassLoader().getResource(resourceDir);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return load(fs.getPath(resourceDir));
            }
            return load(Paths.get(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open lexicon resource " + url, e);
        }
    }

    static List<LexiconEntry> readFile(InputStream in, String name) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode entries = root.path("entries");
        if (!entries.isArray()) {
            throw new IOException("lexicon file without an entries array: " + name);
        }
        List<LexiconEntry> out = new ArrayList<>();
        for (JsonNode n : entries) {
            out.add(JSON.treeToValue(n, LexiconEntry.class));
        }
        return out;
    }

    public LexiconEntry get(String id) {
        return id == null ? null : byId.get(id);
    }

    /**
     * A text that changes whenever any entry does and is the same for the same entries in any load
     * order: the basis of the extraction run's configuration digest.
     */
    public String fingerprint() {
        return entries().stream().map(LexiconEntry::toString).sorted().collect(java.util.stream.Collectors.joining("\n"));
    }

    public Collection<LexiconEntry> entries() {
        return byId.values();
    }

    public List<LexiconEntry> ofType(EntityType type) {
        return byId.values().stream().filter(e -> e.entityType() == type).toList();
    }

    public int size() {
        return byId.size();
    }
}
