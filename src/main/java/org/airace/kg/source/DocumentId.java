package org.airace.kg.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content-derived document id: the first 24 lower-case hex digits (96 bits) of SHA-256 over
 * the decoded text's UTF-8 bytes. Hashing the decoded text rather than the file's bytes makes the
 * same article saved as Big5 and as UTF-8 the same source, with the same IRI on every machine.
 */
public final class DocumentId {

    public static final int HEX_LENGTH = 24;

    private DocumentId() {}

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
