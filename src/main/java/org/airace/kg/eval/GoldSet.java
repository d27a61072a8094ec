package org.airace.kg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airace.kg.resolve.ResolvedDocument;

/**
 * The gold files of one folder, keyed by file name without extension: {@code 000_x.json} is the gold
 * of the document whose file name is {@code 000_x.txt} (or any other extension).
 */
public final class GoldSet {

    private final Map<String, GoldDocument> byName;

    private GoldSet(Map<String, GoldDocument> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Reads every {@code *.json} directly in {@code dir}; the first bad file stops loading with its name. */
    public static GoldSet load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder of gold files");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(files::add);
        }
        Map<String, GoldDocument> byName = new TreeMap<>();
        for (Path f : files) {
            byName.put(baseName(f.getFileName().toString()), GoldReader.read(f));
        }
        return new GoldSet(byName);
    }

    /** A gold set built in memory, keyed by base name. */
    public static GoldSet of(Map<String, GoldDocument> byName) {
        return new GoldSet(new TreeMap<>(byName));
    }

    public Optional<GoldDocument> forFileName(String fileName) {
        return Optional.ofNullable(byName.get(baseName(fileName)));
    }

    public Optional<GoldDocument> forDocument(ResolvedDocument doc) {
        return forFileName(doc.annotated().document().fileName());
    }

    public Map<String, GoldDocument> all() {
        return byName;
    }

    public int size() {
        return byName.size();
    }

    /** The name without its last extension and without any folder: {@code a/b/000_x.txt} -> {@code 000_x}. */
    static String baseName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
