package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.CharSet;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.TextSearch;

/**
 * Names set off by corner brackets or quotation marks: a policy or programme when the quoted name ends
 * in, or is followed by, a policy word (「…」政策, 「…计划」, 《…法》); an event when it ends in an
 * event word (…峰会); a publication (organisation) when 《…》 is followed by 期刊/杂志. The mention
 * covers the name inside the marks.
 */
final class QuotedNamePattern {

    private static final String OPEN = "「『“《\"";
    private static final String CLOSE = "」』”》\"";
    /** The opening marks as a bitmap: tested at every char, where {@code OPEN.indexOf} walks the string. */
    private static final CharSet OPENS = CharSet.of(OPEN);
    private static final int MAX_INNER = 20;

    private final EntityCues cues;

    QuotedNamePattern(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> find(DocText doc) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (!OPENS.contains(s.charAt(i))) continue;
            int kind = OPEN.indexOf(s.charAt(i));
            if (kind < 0) continue;
            char close = CLOSE.charAt(kind);
            int j = TextSearch.indexOf(s, close, i + 1, i + 2 + MAX_INNER);
            if (j < 0 || j - i - 1 < 2 || j - i - 1 > MAX_INNER) continue;
            String inner = s.substring(i + 1, j);
            if (hasSentencePunctuation(inner)) continue;
            EntityType type = classify(s, inner, j + 1, s.charAt(i) == '《');
            if (type != null) {
                int b = i + 1, e = j;
                while (b < e && s.charAt(b) == ' ') b++;
                while (e > b && s.charAt(e - 1) == ' ') e--;
                out.add(new Candidate(b, e, type, "pattern", null, null, true));
            }
            i = j;
        }
        return out;
    }

    private EntityType classify(String s, String inner, int after, boolean book) {
        if (book) {
            if (EntityCues.wordAt(s, after, cues.publicationOuterSuffixes) != null) return EntityType.ORGANIZATION;
            if (inner.endsWith("法") || inner.endsWith("法案") || inner.endsWith("条例") || inner.endsWith("条约")
                    || inner.endsWith("协议") || inner.endsWith("协定")) {
                return EntityType.POLICY;
            }
            return null;
        }
        if (EntityCues.wordEndingAt(inner, inner.length(), cues.eventInnerSuffixes) != null) return EntityType.EVENT;
        if (EntityCues.wordEndingAt(inner, inner.length(), cues.policyInnerSuffixes) != null) return EntityType.POLICY;
        if (EntityCues.wordAt(s, after, cues.policyOuterSuffixes) != null) return EntityType.POLICY;
        return null;
    }

    private static boolean hasSentencePunctuation(String inner) {
        for (int k = 0; k < inner.length(); k++) {
            char c = inner.charAt(k);
            if (c == '，' || c == '。' || c == ',' || c == '；' || c == ';' || c == '\n' || c == '？' || c == '?'
                    || c == '！' || c == '!' || c == ':' || c == '：') {
                return true;
            }
        }
        return false;
    }
}
