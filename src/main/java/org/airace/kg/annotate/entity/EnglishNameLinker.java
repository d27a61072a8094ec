package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English name in parentheses right after a mention (康令斯(Alex Colville)) names the same thing:
 * the mention gets it as {@code englishName}, and the English words become a mention of the same type
 * (unless another mention already covers them), so both forms resolve to one entity.
 */
final class EnglishNameLinker {

    private static final Pattern PAREN = Pattern.compile("^ ?\\( ?([A-Za-z][A-Za-z0-9 .,'&-]{1,60}?) ?\\)");

    List<Candidate> link(DocText doc, List<Candidate> mentions) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>(mentions.size());
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : mentions) {
            Matcher m = PAREN.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 70)));
            if (!m.find() || isLatinOnly(s, c)) {
                out.add(c);
                continue;
            }
            String english = doc.original().substring(c.end() + m.start(1), c.end() + m.end(1)).strip();
            out.add(c.withEnglishName(english));
            int b = c.end() + m.start(1);
            Candidate en = new Candidate(b, b + english.length(), c.type(), c.origin(), c.lexiconId(), english, true);
            boolean covered = false;
            for (Candidate o : mentions) {
                if (o.overlaps(en)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) added.add(en);
        }
        out.addAll(added);
        return out;
    }

    private static boolean isLatinOnly(String s, Candidate c) {
        for (int i = c.begin(); i < c.end(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) return false;
        }
        return true;
    }
}
