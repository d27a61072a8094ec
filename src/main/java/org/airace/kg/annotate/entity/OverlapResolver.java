package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlapping candidates from the three recognisers: the lexicon beats patterns, patterns beat
 * HanLP, a longer candidate beats a shorter one of the same source; a well-formed pattern name that
 * strictly contains a lexicon hit (美国商务部 around 美国) outranks it.
 */
final class OverlapResolver {

    List<Candidate> resolve(List<Candidate> all) {
        List<Candidate> lexicon = all.stream().filter(c -> c.origin().equals("lexicon")).toList();
        java.util.IdentityHashMap<Candidate, Integer> ranks = new java.util.IdentityHashMap<>();
        for (Candidate c : all) ranks.put(c, rank(c, lexicon));
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Candidate c) -> ranks.get(c)).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparing(c -> c.origin().equals("hanlp"))
                .thenComparingInt(Candidate::begin)
                .thenComparing(c -> c.type().name()));
        List<Candidate> kept = new ArrayList<>();
        int textEnd = 0;
        for (Candidate c : all) textEnd = Math.max(textEnd, c.end());
        java.util.BitSet taken = new java.util.BitSet(textEnd);
        for (Candidate c : sorted) {
            int clash = taken.nextSetBit(c.begin());
            if (clash >= 0 && clash < c.end()) continue;
            taken.set(c.begin(), c.end());
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return kept;
    }

    private static int rank(Candidate c, List<Candidate> lexicon) {
        int base = c.priority() * 1000;
        if (c.origin().equals("pattern") && c.wellFormed()) {
            boolean swallowsLexicon = false;
            for (Candidate l : lexicon) {
                if (l.overlaps(c)) {
                    if (c.contains(l) && c.length() > l.length()) {
                        swallowsLexicon = true;
                    } else {
                        return base + c.length(); // crosses a lexicon hit: it yields
                    }
                }
            }
            if (swallowsLexicon) return 4000 + c.length();
        }
        return base + c.length();
    }
}
