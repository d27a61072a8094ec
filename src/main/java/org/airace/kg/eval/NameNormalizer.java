package org.airace.kg.eval;

import java.util.Locale;
import org.airace.kg.text.ScriptNormalizer;

/**
 * The comparison form of names and short strings: Simplified script char by char, lower case, no
 * white space and none of the separators {@code ·・•.} that transliterated and English names carry
 * inconsistently (馬斯克 vs 伊隆·馬斯克 aside, "Xi Jinping" and "XiJinping" must compare equal).
 */
public final class NameNormalizer {

    private static final String DROPPED = "·・•.";

    private NameNormalizer() {}

    /** The normalised form; null for null. */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        String simplified = ScriptNormalizer.toSimplified(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && DROPPED.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when both normalise to the same non-empty string. */
    public static boolean same(String a, String b) {
        String na = normalize(a);
        return na != null && !na.isEmpty() && na.equals(normalize(b));
    }
}
