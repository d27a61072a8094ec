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
        LexiconHits lexicon = new LexiconHits(all.stream().filter(c -> c.origin().equals("lexicon")).toList());
        List<Ranked> sorted = new ArrayList<>(all.size());
        for (Candidate c : all) sorted.add(new Ranked(c, rank(c, lexicon), c.origin().equals("hanlp")));
        sorted.sort(Ranked.ORDER);
        List<Candidate> kept = new ArrayList<>();
        int textEnd = 0;
        for (Candidate c : all) textEnd = Math.max(textEnd, c.end());
        java.util.BitSet taken = new java.util.BitSet(textEnd);
        for (Ranked r : sorted) {
            Candidate c = r.candidate();
            int clash = taken.nextSetBit(c.begin());
            if (clash >= 0 && clash < c.end()) continue;
            taken.set(c.begin(), c.end());
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return kept;
    }

    /** A candidate with its rank and source worked out once, not in every comparison of the sort. */
    private record Ranked(Candidate candidate, int rank, boolean hanlp) {
        /** Higher rank, then longer, then not HanLP's, then earlier, then by type name. */
        static final Comparator<Ranked> ORDER = (a, b) -> {
            int d = Integer.compare(b.rank, a.rank);
            if (d != 0) return d;
            d = Integer.compare(b.candidate.length(), a.candidate.length());
            if (d != 0) return d;
            d = Boolean.compare(a.hanlp, b.hanlp);
            if (d != 0) return d;
            d = Integer.compare(a.candidate.begin(), b.candidate.begin());
            if (d != 0) return d;
            return a.candidate.type().name().compareTo(b.candidate.type().name());
        };
    }

    private static int rank(Candidate c, LexiconHits lexicon) {
        int base = c.priority() * 1000;
        if (c.origin().equals("pattern") && c.wellFormed()) {
            boolean swallowsLexicon = false;
            for (Candidate l : lexicon.near(c)) {
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

    /** The lexicon hits by start, so that those a candidate may overlap are found without a pass over all. */
    private static final class LexiconHits {
        private final List<Candidate> byBegin;
        private final int longest;

        LexiconHits(List<Candidate> hits) {
            List<Candidate> sorted = new ArrayList<>(hits);
            sorted.sort(Comparator.comparingInt(Candidate::begin));
            this.byBegin = sorted;
            this.longest = hits.stream().mapToInt(Candidate::length).max().orElse(0);
        }

        /** Every hit that may overlap {@code c} (those starting less than the longest hit before it, up to its end). */
        List<Candidate> near(Candidate c) {
            int lo = 0, hi = byBegin.size();
            int from = c.begin() - longest;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (byBegin.get(mid).begin() <= from) lo = mid + 1;
                else hi = mid;
            }
            int end = lo;
            while (end < byBegin.size() && byBegin.get(end).begin() < c.end()) end++;
            return byBegin.subList(lo, end);
        }
    }
}
