package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * Later references to a person by the last part of a name introduced earlier in the same document:
 * the surname of a transliterated full name (阿莫代 after 达里奥·阿莫代) or the family name of a Latin
 * full name (Thornhill after John Thornhill). Occurrences anywhere in the document count (author notes
 * give the full name at the end), outside other mentions except HanLP guesses.
 */
final class ShortFormReferences {

    private static final String DOTS = "·・•‧･";

    List<Candidate> find(DocText doc, List<Candidate> mentions) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : mentions) {
            if (c.type() != EntityType.PERSON) continue;
            String name = s.substring(c.begin(), c.end());
            String last = lastPart(name);
            if (last == null) continue;
            int from = 0; // author notes often introduce the full name only at the end
            while (true) {
                int i = s.indexOf(last, from);
                if (i < 0) break;
                from = i + last.length();
                Candidate ref = new Candidate(i, i + last.length(), EntityType.PERSON, "coref", c.lexiconId(),
                        c.englishName(), true);
                if (LexiconMatcher.isWordChar(last.charAt(0)) && !LexiconMatcher.latinBoundaries(s, i, i + last.length())) continue;
                if (overlapsAnyButHanlp(ref, mentions) || overlapsAny(ref, out)) continue;
                out.add(ref);
            }
        }
        return out;
    }

    static String lastPart(String name) {
        int dot = -1;
        for (int i = 0; i < name.length(); i++) {
            if (DOTS.indexOf(name.charAt(i)) >= 0) dot = i;
        }
        if (dot >= 0) {
            String last = name.substring(dot + 1);
            return last.length() >= 2 ? last : null;
        }
        int space = name.lastIndexOf(' ');
        if (space > 0 && LexiconMatcher.isWordChar(name.charAt(0))) {
            String last = name.substring(space + 1);
            return last.length() >= 3 && Character.isUpperCase(last.charAt(0)) ? last : null;
        }
        return null;
    }

    /** HanLP's guesses yield to a reference to a name the document introduced. */
    private static boolean overlapsAnyButHanlp(Candidate c, List<Candidate> list) {
        for (Candidate o : list) {
            if (o.overlaps(c) && !o.origin().equals("hanlp")) return true;
        }
        return false;
    }

    private static boolean overlapsAny(Candidate c, List<Candidate> list) {
        for (Candidate o : list) {
            if (o.overlaps(c)) return true;
        }
        return false;
    }
}
