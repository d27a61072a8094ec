package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * What the recognisers share for one document: the original text, the same-length normalised view,
 * the HanLP segmentation of that view (computed once) and the lexicon hits.
 */
record DocText(String original, String normalized, List<Term> terms, List<Candidate> lexiconHits) {

    boolean isHan(int i) {
        return i >= 0 && i < normalized.length()
                && Character.UnicodeScript.of(normalized.charAt(i)) == Character.UnicodeScript.HAN;
    }

    /** Index of the term starting at {@code offset}, or -1. */
    int termStartingAt(int offset) {
        int lo = 0, hi = terms.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int o = terms.get(mid).offset;
            if (o == offset) return mid;
            if (o < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /** Index of the term ending at {@code end}, or -1. */
    int termEndingAt(int end) {
        int lo = 0, hi = terms.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Term t = terms.get(mid);
            int e = t.offset + t.length();
            if (e == end) return mid;
            if (e < end) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /** The lexicon hit covering exactly [begin, end), or null. */
    Candidate lexiconHitAt(int begin, int end) {
        for (Candidate c : lexiconHits) {
            if (c.begin() == begin && c.end() == end) return c;
        }
        return null;
    }
}
