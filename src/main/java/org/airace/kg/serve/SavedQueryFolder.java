package org.airace.kg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the saved queries: a folder given explicitly, else {@code /queries/} on the classpath (the
 * packaged jar carries it), else {@code queries/} in the working folder.
 */
public final class SavedQueryFolder {
    private SavedQueryFolder() {}

    /** All {@code *.rq} files of the folder, sorted by file name. */
    public static List<SavedQuery> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<SavedQuery> queries = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList())
                queries.add(SavedQuery.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            queries.sort(Comparator.comparing(SavedQuery::fileName));
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read saved queries in " + folder, e);
        }
    }

    /** The explicit folder when given, else the classpath folder, else ./queries; empty when none exists. */
    public static List<SavedQuery> locateAndRead(Path explicit) {
        return locateAndRead(explicit, SavedQueryFolder.class.getClassLoader());
    }

    /** As {@link #locateAndRead(Path)}, looking for {@code queries/} through {@code loader}. */
    static List<SavedQuery> locateAndRead(Path explicit, ClassLoader loader) {
        if (explicit != null)
            return read(explicit);
        URL url = loader.getResource("queries/");
        if (url != null) {
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme()))
                    return readFromJar(uri);
                return read(Path.of(uri));
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot read saved queries from " + url, e);
            }
        }
        Path local = Path.of("queries");
        return Files.isDirectory(local) ? read(local) : List.of();
    }

    private static List<SavedQuery> readFromJar(URI uri) throws IOException {
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            return read(fs.provider().getPath(uri));
        } finally {
            if (opened)
                fs.close();
        }
    }
}
