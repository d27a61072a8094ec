package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airace.kg.annotate.EntityType;

/**
 * Latin names in image and data credits: news set the source of a picture or chart in parentheses after
 * a credit label, (图／Reuters), (下图 Statista/Bloomberg), (来源: IDC). Whatever Latin names stand there,
 * separated by / 、 , are the outlets, agencies or sites the material comes from, so they are
 * organisations even when no list knows them and they are written in lower case (two letters are too
 * ambiguous to take). Chinese names in a credit are left to the other recognisers (a credit may name
 * a photographer).
 */
final class CreditLinePattern {

    private static final int MAX_CREDIT = 80;

    private final EntityCues cues;

    CreditLinePattern(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> find(DocText doc) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '(' && c != '[' && c != '\n') continue;
            int at = skip(s, i + 1, " ");
            String cue = EntityCues.wordAt(s, at, cues.creditCues);
            if (cue == null) continue;
            int from = at + cue.length();
            int names = skip(s, from, " /:|-");
            if (names == from) continue; // 图灵 is no credit: the label must be set off
            int end = creditEnd(s, names);
            if (end < 0) continue;
            addNames(s, names, end, out);
            i = end - 1;
        }
        return out;
    }

    /** Where the credit stops: the closing bracket or the line end, not too far away. */
    private static int creditEnd(String s, int from) {
        for (int k = from; k < s.length() && k - from <= MAX_CREDIT; k++) {
            char c = s.charAt(k);
            if (c == ')' || c == ']' || c == '\n') return k;
            if (c == '。' || c == ',' && k + 1 < s.length() && s.charAt(k + 1) != ' ') return -1;
        }
        return -1;
    }

    private void addNames(String s, int from, int end, List<Candidate> out) {
        int b = from;
        for (int k = from; k <= end; k++) {
            if (k == end || s.charAt(k) == '/' || s.charAt(k) == '、' || s.charAt(k) == ',' || s.charAt(k) == ';') {
                int nb = skip(s, b, " "), ne = k;
                while (ne > nb && (Character.isSpaceChar(s.charAt(ne - 1)) || s.charAt(ne - 1) == '.')) ne--;
                if (isLatinName(s.substring(nb, ne))) {
                    out.add(new Candidate(nb, ne, EntityType.ORGANIZATION, "pattern", null, null, false));
                }
                b = k + 1;
            }
        }
    }

    private boolean isLatinName(String name) {
        if (name.length() < 3 || !Character.isLetter(name.charAt(0)) || name.charAt(0) > 'z') return false;
        if (cues.genericLatin.contains(name.toUpperCase(Locale.ROOT))) return false;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == ' ' || c == '.' || c == '&' || c == '-' || c == '\'';
            if (!ok) return false;
        }
        return true;
    }

    /** Past any of {@code chars} and any space, the no-break space of web text included. */
    private static int skip(String s, int i, String chars) {
        while (i < s.length() && (chars.indexOf(s.charAt(i)) >= 0 || Character.isSpaceChar(s.charAt(i)))) i++;
        return i;
    }
}
