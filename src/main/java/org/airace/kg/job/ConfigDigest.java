package org.airace.kg.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.airace.kg.annotate.entity.Lexicon;

/**
 * A short digest of the knowledge an extraction used (the lexicon as loaded), so that the run's
 * IRI changes when the lexicon does and stays the same across machines when it does not.
 */
final class ConfigDigest {

    private ConfigDigest() {}

    static String of(Lexicon lexicon) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(lexicon.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
