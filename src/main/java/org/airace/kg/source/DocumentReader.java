package org.airace.kg.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file into a {@link Document}: size checks, encoding detection and strict decoding,
 * header metadata, the optional sidecar, a language guess when neither states one, and the
 * content-derived id. Every failure is a {@link SourceException} naming the file.
 */
public final class DocumentReader {

    /**
     * The largest document the whole pipeline handles on a default heap, not what this reader could
     * read. Measured on the packaged jar: a 1 MB news-like article takes about a minute to annotate
     * and some 400,000 quads (over 500 MB of heap) to map, growing linearly, so a 50 MB file would
     * run for most of an hour and then exhaust memory, stopping the whole run instead of failing one
     * file. News articles are tens of kilobytes; 2 MB leaves room for long reports and transcripts.
     * Override with the system property {@value #MAX_BYTES_PROPERTY} (e.g. in AIRACE_JAVA_OPTS).
     */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    public static final String MAX_BYTES_PROPERTY = "airace.maxDocumentBytes";

    private final long maxBytes;
    private final EncodingDetector encodings = new EncodingDetector();
    private final HeaderParser headers;
    private final SidecarReader sidecars;
    private final LanguageGuesser languages = new LanguageGuesser();

    public DocumentReader() {
        this(configuredMaxBytes());
    }

    /** {@link #DEFAULT_MAX_BYTES}, or the positive byte count set in {@value #MAX_BYTES_PROPERTY}. */
    static long configuredMaxBytes() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(MAX_BYTES_PROPERTY + " must be a positive number of bytes: '" + value + "'");
    }

    public DocumentReader(long maxBytes) {
        this(maxBytes, HeaderLabels.defaults());
    }

    public DocumentReader(long maxBytes, HeaderLabels labels) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.headers = new HeaderParser(labels);
        this.sidecars = new SidecarReader(labels);
    }

    public Document read(Path file) {
        return readWithWarnings(file).document();
    }

    public ReadResult readWithWarnings(Path file) {
        byte[] bytes = bytes(file);
        DecodedText decoded = encodings.decode(file, bytes);
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a BOM the detector did not consume (e.g. after UTF-16 without mark)
        }
        if (text.isBlank()) {
            throw new SourceException(file, "empty document (only white space, " + bytes.length + " bytes)");
        }
        List<String> warnings = new ArrayList<>();
        HeaderResult header = headers.parse(text);
        warnings.addAll(header.warnings());
        Metadata metadata = header.metadata();
        Optional<SidecarMetadata> sidecar = sidecars.readFor(file);
        if (sidecar.isPresent()) {
            metadata = sidecar.get().overlay(metadata);
            warnings.addAll(sidecar.get().warnings());
        }
        if (metadata.language() == null) {
            metadata = withLanguage(metadata, languages.guess(text));
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Document doc = new Document(DocumentId.of(text), name, file, text, metadata, decoded.charset());
        return new ReadResult(doc, warnings.stream().map(w -> w.startsWith(file.toString()) ? w : file + ": " + w).toList());
    }

    private static Metadata withLanguage(Metadata m, String language) {
        return new Metadata(m.title(), m.authors(), m.publisher(), m.date(), m.url(), language, m.keywords());
    }

    private byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new SourceException(file, "is a folder, not a document");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A FIFO would block the run forever; a device could be endless.
                throw new SourceException(file, "not a regular file (a pipe, socket or device); not read");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SourceException(file, "too large: " + size + " bytes, the limit is " + maxBytes
                        + " (set -D" + MAX_BYTES_PROPERTY + " to raise it)");
            }
            if (size == 0) {
                throw new SourceException(file, "empty file (0 bytes)");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                throw new SourceException(file, "too large: " + bytes.length + " bytes, the limit is " + maxBytes);
            }
            if (bytes.length == 0) {
                throw new SourceException(file, "empty file (0 bytes)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new SourceException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(file, "not readable (permission denied)", e);
        } catch (IOException e) {
            throw new SourceException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
