package org.airace.kg.annotate.quote;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.regex.Pattern;

/**
 * Whether the words before a reporting cue are a name the entity layer did not know (a transliterated
 * foreign name such as 康纳斯, a company written in Latin letters such as Acme), rather than a predicate
 * (全面宣布, 积极表示). A Han name is short and is not built from ordinary dictionary words; a Latin
 * name is capitalised.
 */
final class UnknownName {

    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9&\\-]*(?: [A-Z][A-Za-z0-9&\\-]*){0,3}");

    private final int minHan;
    private final int maxHan;

    UnknownName(int minHan, int maxHan) {
        this.minHan = minHan;
        this.maxHan = maxHan;
    }

    /** A company or person written in capitalised Latin letters (Airbnb, Mark Chen). */
    boolean isLatinName(String words) {
        return LATIN_NAME.matcher(words.strip()).matches();
    }

    boolean looksLikeName(String words) {
        String w = words.strip();
        if (LATIN_NAME.matcher(w).matches()) {
            return true;
        }
        if (w.length() < minHan || w.length() > maxHan || !allHan(w)) {
            return false;
        }
        for (Term t : HanLP.segment(w)) {
            String nature = t.nature == null ? "" : t.nature.toString();
            // A dictionary word of two or more characters that is not itself a name (全面, 积极, 多次)
            // shows the words are ordinary language.
            if (t.word.length() >= 2 && !nature.startsWith("nr") && CoreDictionary.contains(t.word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
