package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.TriggeredPattern;

/**
 * A Chinese name followed by its English form in parentheses (康令斯(Alex Colville), 中国传媒研究计画(China
 * Media Project)), where neither form is otherwise known. The English form decides the type: an
 * organisation word (Institute, Project, Research ...) makes an organisation, two or three capitalised
 * words a person. The Chinese name is the run of name-like terms before the parenthesis.
 */
final class ParentheticalNamePattern {

    /** Tried at opening parentheses only (the normalised view has folded the full-width ones). */
    private static final TriggeredPattern PAREN = new TriggeredPattern(
            Pattern.compile("\\( ?([A-Z][A-Za-z.'-]*(?: (?:of |and |for |the |on )?[A-Z][A-Za-z.'-]*){0,6}) ?\\)"), "(");
    private static final int MAX_PERSON = 5;
    private static final int MAX_ORG = 12;

    private final EntityCues cues;

    ParentheticalNamePattern(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> find(DocText doc) {
        String s = doc.normalized();
        List<Candidate> out = new ArrayList<>();
        for (Matcher m : PAREN.in(s)) {
            int open = m.start();
            if (!doc.isHan(open - 1)) continue;
            String english = doc.original().substring(m.start(1), m.end(1)).strip();
            String[] words = english.split(" ");
            EntityType type;
            if (cues.latinOrgWords.contains(words[words.length - 1]) || (words.length >= 2 && containsOrgWord(words))) {
                type = EntityType.ORGANIZATION;
            } else if (words.length >= 2 && words.length <= 3) {
                type = EntityType.PERSON;
            } else {
                continue;
            }
            int begin = chineseNameBegin(doc, open, type == EntityType.PERSON ? MAX_PERSON : MAX_ORG, type);
            if (begin < 0 || open - begin < 2) continue;
            out.add(new Candidate(begin, open, type, "pattern", null, english, type == EntityType.ORGANIZATION));
            out.add(new Candidate(m.start(1), m.start(1) + english.length(), type, "pattern", null, english, true));
        }
        return out;
    }

    private boolean containsOrgWord(String[] words) {
        for (String w : words) {
            if (cues.latinOrgWords.contains(w)) return true;
        }
        return false;
    }

    /** Walk left over terms that can belong to a name, up to {@code max} characters. */
    private int chineseNameBegin(DocText doc, int end, int max, EntityType type) {
        int k = doc.termEndingAt(end);
        if (k < 0) return -1;
        int begin = end;
        boolean nameTagged = false;
        while (k >= 0) {
            Term t = doc.terms().get(k);
            if (end - t.offset > max) break;
            if (!doc.isHan(t.offset)) break;
            String n = t.nature == null ? "" : t.nature.toString();
            if (type == EntityType.PERSON) {
                if (EntityCues.wordEndingAt(t.word, t.word.length(), cues.personRoles) != null) break;
                if (!(n.startsWith("nr") || CoreDictionary.get(t.word) == null || t.length() == 1)) break;
                if (t.length() == 1 && "的和与及是在由被对将把向从说称为以于等曾也则就都还又并而".indexOf(t.word.charAt(0)) >= 0) break;
            } else {
                if (!(n.startsWith("n") || n.equals("vn") || n.equals("j") || n.equals("gi") || CoreDictionary.get(t.word) == null)) break;
                if (cues.orgNamePrefixStop.contains(t.word)) break;
            }
            nameTagged |= n.startsWith("nr");
            begin = t.offset;
            k--;
        }
        // A person needs HanLP's name tag somewhere: 权重(Closed Weights) is a term, not a name.
        if (type == EntityType.PERSON && !nameTagged) return -1;
        return begin == end ? -1 : begin;
    }
}
