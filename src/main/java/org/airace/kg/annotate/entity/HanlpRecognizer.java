package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * Segments the normalised view once (HanLP with Chinese and transliterated person-name recognition;
 * place and organisation role tagging are off: they cost most and fire on ordinary words, while the
 * core dictionary already tags known places and organisations) and keeps the name-tagged words that
 * survive the filters: no single characters, no stop words, no ordinary dictionary words, Chinese
 * person names must start with a surname.
 */
public final class HanlpRecognizer {

    private final Segment segment;
    private final EntityCues cues;

    public HanlpRecognizer(EntityCues cues) {
        this.cues = cues;
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(Boolean.parseBoolean(System.getProperty("airace.hanlp.translated", "true")))
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    /** The segmentation of the normalised view; HanLP's segment is safe to share between threads. */
    public List<Term> segment(String normalized) {
        return segment.seg(normalized);
    }

    List<Candidate> recognize(DocText doc) {
        List<Candidate> out = new ArrayList<>();
        for (Term t : doc.terms()) {
            EntityType type = typeOf(t);
            if (type == null) continue;
            String w = t.word;
            if (w.length() < 2 || cues.hanlpStop.contains(w) || !allHan(w)) continue;
            if (type == EntityType.PERSON && !plausiblePerson(t)) continue;
            if (type == EntityType.PERSON && gluedToNextWord(doc.normalized(), t)) continue;
            if (type == EntityType.ORGANIZATION && ordinaryWord(w, "nt")) continue;
            if (type == EntityType.PLACE && ordinaryWord(w, "ns")) continue;
            out.add(new Candidate(t.offset, t.offset + w.length(), type, "hanlp", null, null, false));
        }
        return out;
    }

    private static EntityType typeOf(Term t) {
        if (t.nature == null) return null;
        String n = t.nature.toString();
        // Most terms are ordinary words: a first-char test (all three tags start with n) before the names.
        if (n.isEmpty() || n.charAt(0) != 'n') return null;
        if (n.equals("nr") || n.equals("nrf")) return EntityType.PERSON;
        if (n.equals("ns") || n.equals("nsf")) return EntityType.PLACE;
        if (n.startsWith("nt")) return EntityType.ORGANIZATION;
        return null;
    }

    private boolean plausiblePerson(Term t) {
        String w = t.word;
        if (cues.personStop.contains(w)) return false;
        if (cues.nameNeverStartsWith.indexOf(w.charAt(0)) >= 0) return false;
        if (t.nature == Nature.nrf) {
            return w.length() >= 2 && !ordinaryWord(w, "nrf");
        }
        if (w.length() > 4 || cues.surnames.indexOf(w.charAt(0)) < 0) return false;
        // 借更多钱来做: a surname-like char before a particle or motion verb is no name
        if (w.length() == 2 && cues.twoCharNameNeverEndsWith.indexOf(w.charAt(1)) >= 0) return false;
        return !ordinaryWord(w, "nr");
    }

    /**
     * A two-character name whose last character forms a dictionary word with the next character was
     * most likely cut out of a longer word (高交|会 from 高交会).
     */
    private static boolean gluedToNextWord(String text, Term t) {
        int end = t.offset + t.length();
        if (t.length() != 2 || end >= text.length()) return false;
        String across = "" + t.word.charAt(1) + text.charAt(end);
        CoreDictionary.Attribute a = CoreDictionary.get(across);
        return a != null;
    }

    /** The core dictionary knows the word, and its most frequent reading is not the name tag. */
    private static boolean ordinaryWord(String w, String nameTagPrefix) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null || a.nature == null || a.nature.length == 0) return false;
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) {
            if (a.frequency[i] > a.frequency[best]) best = i;
        }
        return !a.nature[best].toString().startsWith(nameTagPrefix);
    }

    private static boolean allHan(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) != Character.UnicodeScript.HAN) return false;
        }
        return true;
    }
}
