package org.airace.kg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.entity.LexiconEntry;
import org.airace.kg.text.ScriptNormalizer;

/** How names are compared and how entity keys are formed (the same rule on every machine and run). */
public final class ResolutionKeys {

    private ResolutionKeys() {}

    /** Char-level Simplified, lower case, without white space and the dots names are written with. */
    public static String normalize(String name) {
        String s = ScriptNormalizer.toSimplified(name).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || "·・•.‧･".indexOf(c) >= 0) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** QID when known, else lex-ID. */
    public static String ofEntry(LexiconEntry e) {
        return e.qid() != null && !e.qid().isBlank() ? e.qid().strip() : "lex-" + e.id();
    }

    /** type-lowercase + first 16 hex digits of SHA-256 of the canonical resolution key. */
    public static String ofName(EntityType type, String canonical) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return type.localName().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
