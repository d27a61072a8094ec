package org.airace.kg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns typed candidates and their evidence into review rows: score, reason, labels, pre-filled decision. */
final class ReviewRows {
    /** Label languages tried in this order for the candidate label column (Chinese first, English added). */
    static final List<String> CHINESE_LABEL_LANGUAGES = List.of("zh-hant", "zh-tw", "zh-hk", "zh", "zh-hans", "zh-cn");
    static final List<String> DESCRIPTION_LANGUAGES = List.of("en", "zh-hant", "zh-tw", "zh", "zh-hans", "zh-cn");

    private final WikidataClasses classes;

    ReviewRows(WikidataClasses classes) {
        this.classes = classes;
    }

    ReviewRow row(StoreEntity entity, WikidataItem item, CandidateEvidence ev, TypeMatch type, String linkedTo) {
        ScoringWeights w = classes.scoring();
        double matchWeight = ev.match == CandidateEvidence.EXACT_LABEL ? w.exactLabel()
                : ev.match == CandidateEvidence.EXACT_ALIAS ? w.exactAlias() : w.prefix();
        double score = matchWeight + w.typed() + w.rank(ev.bestRank)
                + Math.min(w.maxAgreement(), w.perExtraLabel() * (ev.foundBy.size() - 1));
        score = Math.round(score * 100) / 100.0;
        return new ReviewRow(entity.iri(), entity.displayLabel(), entity.airClass(), item.id(), candidateLabel(item),
                nullToEmpty(WikidataItem.inLanguages(item.descriptions(), DESCRIPTION_LANGUAGES)), score,
                reason(ev, type, linkedTo), "", 0);
    }

    /** What the user needs to judge the row: how the name matched, why the type fits, how strong the search was. */
    private String reason(CandidateEvidence ev, TypeMatch type, String linkedTo) {
        String how = ev.match == CandidateEvidence.EXACT_LABEL ? "exact label"
                : ev.match == CandidateEvidence.EXACT_ALIAS ? "exact alias" : "prefix of";
        return how + " " + ev.matchText + (ev.matchLanguage.isEmpty() ? "" : " (" + ev.matchLanguage + ")")
                + "; P31 " + type.instanceOf()
                + (type.steps() == 0 ? "" : " subclass of " + type.allowedClass() + " in " + type.steps() + " steps")
                + " (" + classes.nameOf(type.allowedClass()) + "); search rank " + (ev.bestRank + 1)
                + "; found by " + ev.foundBy.size() + (ev.foundBy.size() == 1 ? " label" : " labels")
                + (linkedTo == null ? "" : "; already the item of " + linkedTo);
    }

    /**
     * Pre-accepts the single typed candidate whose label or alias equals one of the entity's labels
     * (an other name such as a bare surname is not enough), and only when no second typed candidate matched exactly.
     */
    static List<ReviewRow> decide(List<ReviewRow> rows, Map<String, CandidateEvidence> found) {
        long exact = rows.stream().filter(r -> found.get(r.qid()).exact()).count();
        List<ReviewRow> out = new ArrayList<>();
        for (ReviewRow r : rows) {
            CandidateEvidence ev = found.get(r.qid());
            out.add(exact == 1 && ev.exact() && ev.exactFromLabel ? r.withDecision(ReviewRow.ACCEPT) : r);
        }
        return out;
    }

    /** Chinese label, then the English one when it differs: the user reads sources in both. */
    private static String candidateLabel(WikidataItem item) {
        String zh = WikidataItem.inLanguages(item.labels(), CHINESE_LABEL_LANGUAGES);
        String en = item.labels().get("en");
        if (zh == null) return nullToEmpty(en);
        if (en == null || en.toLowerCase(Locale.ROOT).equals(zh.toLowerCase(Locale.ROOT))) return zh;
        return zh + " / " + en;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
