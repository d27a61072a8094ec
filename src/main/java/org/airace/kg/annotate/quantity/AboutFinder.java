package org.airace.kg.annotate.quantity;

import java.util.List;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TextSearch;

/**
 * Finds what a money amount or a percentage measures: the nearest cue noun (成本, 投资, 市占率 ...)
 * in the same clause. Conservative on purpose: no cue, no answer.
 */
final class AboutFinder {

    private static final String CLAUSE_ENDS = ",;!?。\n；，:：";
    private static final String STOP_CHARS = "在和与及是将已被都也从对向为并而或就还会能可要把让给于由等";

    private final UnitLexicon lex;

    AboutFinder(UnitLexicon lex) {
        this.lex = lex;
    }

    static boolean isStopChar(char c) {
        return STOP_CHARS.indexOf(c) >= 0;
    }

    Span find(String s, QuantityAnnotator.Found f, boolean money) {
        List<String> cues = money ? lex.moneyAboutCues : "Percent".equals(f.unit) ? lex.percentAboutCues : null;
        if (cues == null) {
            return null;
        }
        int from = f.begin;
        while (from > 0 && CLAUSE_ENDS.indexOf(s.charAt(from - 1)) < 0 && f.begin - from < 60) {
            from--;
        }
        int to = f.end;
        while (to < s.length() && CLAUSE_ENDS.indexOf(s.charAt(to)) < 0 && to - f.end < 60) {
            to++;
        }
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String cue : cues) {
            int at = from;
            while ((at = TextSearch.indexOf(s, cue, at, to)) >= 0) {
                int end = at + cue.length();
                boolean inside = at < f.end && end > f.begin;
                if (!inside) {
                    int d = end <= f.begin ? f.begin - end : at - f.end;
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new Span(at, end);
                    }
                }
                at = end;
            }
        }
        return best;
    }
}
