package org.airace.kg.link;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes Wikidata items for unlinked entities: searches each label in the languages that fit its
 * script, fetches the candidates, keeps those whose type fits the entity's class, scores them and
 * pre-accepts a candidate only when it is the single typed one whose label or alias equals one of
 * the entity's labels (compared across scripts and case). Everything else is left for the user.
 */
public final class LinkProposer {
    private final WikidataApi api;
    private final WikidataClasses classes;
    private final TypeChecker types;
    private final ReviewRows rowsOf;
    private final int searchLimit;
    private final int candidatesPerEntity;
    private final PrintStream log;

    public LinkProposer(WikidataApi api, WikidataClasses classes, int searchLimit, int candidatesPerEntity, PrintStream log) {
        this.api = api;
        this.classes = classes;
        this.types = new TypeChecker(api, classes);
        this.rowsOf = new ReviewRows(classes);
        this.searchLimit = searchLimit;
        this.candidatesPerEntity = candidatesPerEntity;
        this.log = log;
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
            Map<String, CandidateEvidence> found = new LinkedHashMap<>();
            Map<String, TypeMatch> typed = new LinkedHashMap<>();
            Map<String, WikidataItem> items = new HashMap<>();
            Set<String> asked = new HashSet<>();
            search(entity.labels(), true, found, asked);
            wrongType += typeCheck(entity, found, items, typed);
            // Other names (short forms, surnames, old spellings) find more noise: asked only when the labels found no exact typed candidate.
            if (typed.keySet().stream().noneMatch(q -> found.get(q).exact()) && !entity.altLabels().isEmpty()) {
                search(entity.altLabels(), false, found, asked);
                wrongType += typeCheck(entity, found, items, typed);
            }
            List<ReviewRow> entityRows = new ArrayList<>();
            typed.forEach((qid, type) -> entityRows.add(rowsOf.row(entity, items.get(qid), found.get(qid), type, linkedItems.get(qid))));
            entityRows.sort(Comparator.comparingDouble(ReviewRow::score).reversed().thenComparing(ReviewRow::qid));
            // Decided before cutting to the top candidates, so a second exact match further down still blocks pre-accepting.
            List<ReviewRow> decided = ReviewRows.decide(entityRows, found);
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
    private void search(List<StoreEntity.Label> names, boolean primary, Map<String, CandidateEvidence> found, Set<String> asked) {
        for (StoreEntity.Label label : names) {
            for (String language : SearchLanguages.of(label)) {
                if (!asked.add(language + "\u0000" + label.text())) continue;
                for (SearchHit hit : api.search(label.text(), language, searchLimit)) {
                    found.computeIfAbsent(hit.id(), k -> new CandidateEvidence()).record(hit, label.text(), primary);
                }
            }
        }
    }

    /** Fetches the candidates not fetched yet and type-checks them; returns how many have the wrong type. */
    private int typeCheck(StoreEntity entity, Map<String, CandidateEvidence> found, Map<String, WikidataItem> items,
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
}
