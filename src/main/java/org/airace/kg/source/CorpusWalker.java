package org.airace.kg.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands command-line paths (files and folders) into the document files to read. Folders are
 * walked recursively in name order, so two machines list the same corpus in the same order.
 * Symbolic links are followed; a link back to a folder already on the current path is a loop,
 * reported for that path while the walk goes on. A file reached twice (through a link) is listed
 * once. Nothing here throws for one bad path: problems come back in {@link WalkResult#errors()}.
 */
public final class CorpusWalker {

    public static final List<String> DEFAULT_EXTENSIONS = List.of(".txt", ".md", ".text");

    private final List<String> extensions;

    public CorpusWalker() {
        this(DEFAULT_EXTENSIONS);
    }

    public CorpusWalker(List<String> extensions) {
        this.extensions = extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
    }

    public WalkResult walk(List<Path> roots) {
        List<Path> documents = new ArrayList<>();
        List<SourceException> errors = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                errors.add(new SourceException(root, Files.isSymbolicLink(root)
                        ? "broken symbolic link" : "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walkFolder(root, new ArrayDeque<>(), documents, errors, seen);
            } else if (isSidecar(root)) {
                errors.add(new SourceException(root, "is a metadata sidecar; it is read together with its document"));
            } else {
                // Named explicitly: the user meant it, whatever its extension.
                addOnce(root, documents, errors, seen);
            }
        }
        return new WalkResult(documents, errors);
    }

    private void walkFolder(Path folder, Deque<Path> ancestors, List<Path> documents,
                            List<SourceException> errors, Set<Path> seen) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            errors.add(new SourceException(folder, "cannot resolve folder: " + e.getMessage(), e));
            return;
        }
        if (ancestors.contains(real)) {
            errors.add(new SourceException(folder, "symbolic-link loop: leads back to " + real + "; not followed"));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (AccessDeniedException e) {
            errors.add(new SourceException(folder, "folder not readable (permission denied)", e));
            return;
        } catch (IOException e) {
            errors.add(new SourceException(folder, "folder cannot be listed: " + e.getMessage(), e));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        ancestors.push(real);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // hidden files and folders (.git, editor swap files)
            }
            if (Files.isDirectory(entry)) {
                walkFolder(entry, ancestors, documents, errors, seen);
            } else if (!Files.exists(entry)) {
                errors.add(new SourceException(entry, "broken symbolic link"));
            } else if (isDocument(name)) {
                if (Files.isRegularFile(entry)) {
                    addOnce(entry, documents, errors, seen);
                } else {
                    // Named like a document but a pipe or device: say so rather than skip it silently.
                    errors.add(new SourceException(entry, "not a regular file (a pipe, socket or device); not read"));
                }
            }
        }
        ancestors.pop();
    }

    private void addOnce(Path file, List<Path> documents, List<SourceException> errors, Set<Path> seen) {
        try {
            if (seen.add(file.toRealPath())) {
                documents.add(file);
            }
        } catch (NoSuchFileException e) {
            errors.add(new SourceException(file, "no such file", e));
        } catch (IOException e) {
            errors.add(new SourceException(file, "cannot resolve: " + e.getMessage(), e));
        }
    }

    private boolean isDocument(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !isSidecarName(lower) && extensions.stream().anyMatch(lower::endsWith);
    }

    private static boolean isSidecar(Path p) {
        return p.getFileName() != null && isSidecarName(p.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    private static boolean isSidecarName(String lowerName) {
        return lowerName.endsWith(SidecarReader.SUFFIX);
    }
}
