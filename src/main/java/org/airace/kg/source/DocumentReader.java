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

    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;
    private final EncodingDetector encodings = new EncodingDetector();
    private final HeaderParser headers;
    private final SidecarReader sidecars;
    private final LanguageGuesser languages = new LanguageGuesser();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
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
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SourceException(file, "too large: " + size + " bytes, the limit is " + maxBytes);
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
