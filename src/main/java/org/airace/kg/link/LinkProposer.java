package org.airace.kg.link;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.airace.kg.resolve.ResolutionKeys;

/**
 * Proposes Wikidata items for unlinked entities: searches each label in the languages that fit its
 * script, fetches the candidates, keeps those whose type fits the entity's class, scores them and
 * pre-accepts a candidate only when it is the single typed one whose label or alias equals one of
 * the entity's labels (compared across scripts and case). Everything else is left for the user.
 */
public final class LinkProposer {
    /** Label languages tried in this order for the candidate label column. */
    static final List<String> LABEL_LANGUAGES = List.of("zh-hant", "zh-tw", "zh-hk", "zh", "zh-hans", "zh-cn", "en");
    static final List<String> DESCRIPTION_LANGUAGES = List.of("en", "zh-hant", "zh-tw", "zh", "zh-hans", "zh-cn");

    private final WikidataApi api;
    private final WikidataClasses classes;
    private final TypeChecker types;
    private final int searchLimit;
    private final int candidatesPerEntity;
    private final PrintStream log;

    public LinkProposer(WikidataApi api, WikidataClasses classes, int searchLimit, int candidatesPerEntity, PrintStream log) {
        this.api = api;
        this.classes = classes;
        this.types = new TypeChecker(api, classes);
        this.searchLimit = searchLimit;
        this.candidatesPerEntity = candidatesPerEntity;
        this.log = log;
    }

    /** How one candidate was found, gathered over all searches for one entity. */
    private static final class Evidence {
        int match = Integer.MAX_VALUE; // 0 exact label, 1 exact alias, 2 prefix
        String matchLanguage = "";
        String matchText = "";
        int bestRank = Integer.MAX_VALUE;
        final Set<String> foundBy = new LinkedHashSet<>();
        /** The exact match came from one of the entity's labels, not only from an other name. */
        boolean exactFromLabel;
    }

    /** {@link #propose(List, Map)} for a store where no item is linked yet. */
    public Result propose(List<StoreEntity> entities) {
        return propose(entities, Map.of());
    }

    /**
     * Review rows for {@code entities}, best candidates first; {@code linkedItems} (QID -> entity IRI,
     * see {@link LinkedItems}) lets a row say that its item already stands for another entity.
     * See {@link ReviewMerge} for combining the rows with earlier decisions.
     */
    public Result propose(List<StoreEntity> entities, Map<String, String> linkedItems) {
        List<ReviewRow> rows = new ArrayList<>();
        int wrongType = 0;
        int done = 0;
        for (StoreEntity entity : entities) {
            if (classes.allowedFor(entity.airClass()).isEmpty()) continue;
            Map<String, Evidence> found = new LinkedHashMap<>();
            Map<String, TypeMatch> typed = new LinkedHashMap<>();
            Map<String, WikidataItem> items = new HashMap<>();
            Set<String> asked = new HashSet<>();
            search(entity.labels(), true, found, asked);
            wrongType += typeCheck(entity, found, items, typed);
            // Other names (short forms, surnames, old spellings) find more noise: asked only when the labels found no exact typed candidate.
            if (typed.keySet().stream().noneMatch(q -> found.get(q).match <= 1) && !entity.altLabels().isEmpty()) {
                search(entity.altLabels(), false, found, asked);
                wrongType += typeCheck(entity, found, items, typed);
            }
            List<ReviewRow> entityRows = new ArrayList<>();
            typed.forEach((qid, type) -> entityRows.add(row(entity, items.get(qid), found.get(qid), type, linkedItems.get(qid))));
            entityRows.sort(Comparator.comparingDouble(ReviewRow::score).reversed().thenComparing(ReviewRow::qid));
            // Decided before cutting to the top candidates, so a second exact match further down still blocks pre-accepting.
            List<ReviewRow> decided = decide(entityRows, found);
            rows.addAll(decided.subList(0, Math.min(decided.size(), candidatesPerEntity)));
            if (++done % 25 == 0) log.println("link: " + done + "/" + entities.size() + " entities looked up");
        }
        int pre = (int) rows.stream().filter(ReviewRow::accepted).count();
        return new Result(rows, new ProposalSummary(entities.size(), rows.size(), pre, wrongType,
                api.client().requests(), api.cache().hits()));
    }

    /** The rows of one run and what it cost. */
    public record Result(List<ReviewRow> rows, ProposalSummary summary) {
    }

    /** Searches each name in its languages, adding what the hits show to {@code found}; {@code asked} avoids repeats. */
    private void search(List<StoreEntity.Label> names, boolean primary, Map<String, Evidence> found, Set<String> asked) {
        for (StoreEntity.Label label : names) {
            for (String language : SearchLanguages.of(label)) {
                if (!asked.add(language + "\u0000" + label.text())) continue;
                for (SearchHit hit : api.search(label.text(), language, searchLimit)) {
                    Evidence ev = found.computeIfAbsent(hit.id(), k -> new Evidence());
                    int match = matchKind(label.text(), hit);
                    if (match < ev.match) {
                        ev.match = match;
                        ev.matchLanguage = hit.matchLanguage();
                        ev.matchText = hit.matchText().isEmpty() ? hit.label() : hit.matchText();
                    }
                    if (match <= 1 && primary) ev.exactFromLabel = true;
                    ev.bestRank = Math.min(ev.bestRank, hit.rank());
                    ev.foundBy.add(ResolutionKeys.normalize(label.text()));
                }
            }
        }
    }

    /** Fetches the candidates not fetched yet and type-checks them; returns how many have the wrong type. */
    private int typeCheck(StoreEntity entity, Map<String, Evidence> found, Map<String, WikidataItem> items,
            Map<String, TypeMatch> typed) {
        Set<String> fresh = new LinkedHashSet<>(found.keySet());
        fresh.removeAll(items.keySet());
        if (fresh.isEmpty()) return 0;
        Map<String, WikidataItem> fetched = api.entities(fresh);
        int wrong = 0;
        for (String qid : fresh) {
            WikidataItem item = fetched.get(qid);
            // Remembered even when missing, so it is not asked for twice.
            items.put(qid, item == null ? new WikidataItem(qid, Map.of(), Map.of(), List.of(), List.of()) : item);
            if (item == null) continue;
            TypeMatch type = types.check(item, entity.airClass());
            if (type == null) wrong++;
            else typed.put(qid, type);
        }
        return wrong;
    }

    /** 0 when the hit's label equals the searched text, 1 when an alias does, 2 for a prefix match. */
    static int matchKind(String searched, SearchHit hit) {
        String wanted = ResolutionKeys.normalize(searched);
        boolean exactMatchText = !hit.matchText().isEmpty() && ResolutionKeys.normalize(hit.matchText()).equals(wanted);
        if (exactMatchText && "label".equals(hit.matchType())) return 0;
        if (ResolutionKeys.normalize(hit.label()).equals(wanted)) return 0;
        if (exactMatchText) return 1;
        return 2;
    }

    private ReviewRow row(StoreEntity entity, WikidataItem item, Evidence ev, TypeMatch type, String linkedTo) {
        ScoringWeights w = classes.scoring();
        double score = (ev.match == 0 ? w.exactLabel() : ev.match == 1 ? w.exactAlias() : w.prefix()) + w.typed()
                + w.rank(ev.bestRank) + Math.min(w.maxAgreement(), w.perExtraLabel() * (ev.foundBy.size() - 1));
        score = Math.round(score * 100) / 100.0;
        String how = ev.match == 0 ? "exact label" : ev.match == 1 ? "exact alias" : "prefix of";
        String reason = how + " " + ev.matchText + (ev.matchLanguage.isEmpty() ? "" : " (" + ev.matchLanguage + ")")
                + "; P31 " + type.instanceOf()
                + (type.steps() == 0 ? "" : " subclass of " + type.allowedClass() + " in " + type.steps() + " steps")
                + " (" + classes.nameOf(type.allowedClass()) + "); search rank " + (ev.bestRank + 1)
                + "; found by " + ev.foundBy.size() + (ev.foundBy.size() == 1 ? " label" : " labels")
                + (linkedTo == null ? "" : "; already the item of " + linkedTo);
        return new ReviewRow(entity.iri(), entity.displayLabel(), entity.airClass(), item.id(), candidateLabel(item),
                nullToEmpty(WikidataItem.inLanguages(item.descriptions(), DESCRIPTION_LANGUAGES)), score, reason, "", 0);
    }

    /**
     * Pre-accepts the single typed candidate whose label or alias equals one of the entity's labels
     * (an other name such as a bare surname is not enough), and only when no second typed candidate matched exactly.
     */
    private static List<ReviewRow> decide(List<ReviewRow> rows, Map<String, Evidence> found) {
        long exact = rows.stream().filter(r -> found.get(r.qid()).match <= 1).count();
        List<ReviewRow> out = new ArrayList<>();
        for (ReviewRow r : rows) {
            Evidence ev = found.get(r.qid());
            out.add(exact == 1 && ev.match <= 1 && ev.exactFromLabel ? r.withDecision(ReviewRow.ACCEPT) : r);
        }
        return out;
    }

    /** Chinese label, then the English one when it differs: the user reads both scripts' sources. */
    private static String candidateLabel(WikidataItem item) {
        String zh = WikidataItem.inLanguages(item.labels(), LABEL_LANGUAGES.subList(0, 6));
        String en = item.labels().get("en");
        if (zh == null) return nullToEmpty(en);
        if (en == null || en.toLowerCase(Locale.ROOT).equals(zh.toLowerCase(Locale.ROOT))) return zh;
        return zh + " / " + en;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
