package org.airace.kg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API answers on disk, one JSON file per request URL, named by the SHA-256 of the URL. A re-run
 * (after editing nothing, or after adding documents) asks Wikidata only what it has not asked before.
 * Delete the folder to refresh.
 */
public final class ResponseCache {
    private final Path dir;
    private int hits;

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public int hits() {
        return hits;
    }

    public Optional<String> get(String url) {
        Path file = fileFor(url);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            String body = Files.readString(file, StandardCharsets.UTF_8);
            hits++;
            return Optional.of(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cached answer " + file, e);
        }
    }

    /** Stores an answer; written beside its name and moved into place, so a crash never leaves half a file. */
    public void put(String url, String body) {
        Path file = fileFor(url);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".answer", ".tmp");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache file " + file, e);
        }
    }

    Path fileFor(String url) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(d) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
