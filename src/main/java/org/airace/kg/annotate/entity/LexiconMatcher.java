package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Finds every lexicon alias in a text in one Aho-Corasick pass over the normalised view (Simplified,
 * half-width, ASCII lower-cased), then keeps the longest non-overlapping hits. Latin aliases only count
 * at word boundaries; case-sensitive aliases must match the original casing. When one surface form
 * belongs to an organisation and to a model (DeepSeek), the words around the hit decide, per mention.
 * Thread-safe once built.
 */
public final class LexiconMatcher {

    /** One alias of one entry, as the trie stores it. */
    record Target(LexiconEntry entry, String alias) {}

    private final AhoCorasickDoubleArrayTrie<List<Target>> trie;
    private final EntityCues cues;
    private final boolean empty;
    /** organisation id -> id of the model entry that shares one of its names */
    private final Map<String, String> modelTwinOf = new java.util.HashMap<>();
    private final java.util.Set<String> conceptIds = new java.util.HashSet<>();
    /** A case-sensitive entry -> its surface forms in Simplified script, cased as written. */
    private final Map<LexiconEntry, java.util.Set<String>> caseForms = new java.util.IdentityHashMap<>();

    public LexiconMatcher(Lexicon lexicon, EntityCues cues) {
        this.cues = cues;
        TreeMap<String, List<Target>> keys = new TreeMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.concept()) conceptIds.add(e.id());
            if (e.caseSensitive()) {
                java.util.Set<String> forms = caseForms.computeIfAbsent(e, entry -> new java.util.HashSet<>());
                e.surfaceForms().forEach(a -> forms.add(ScriptNormalizer.toSimplified(a)));
            }
            for (String alias : e.surfaceForms()) {
                String key = key(alias);
                if (e.entityType() == EntityType.COUNTRY && EntityCues.wordEndingAt(key, key.length(), cues.govWord) != null) {
                    continue; // a country's government is a government body (the pattern types it), not the country
                }
                if (key.length() < 1) continue;
                List<Target> targets = keys.computeIfAbsent(key, k -> new ArrayList<>());
                if (targets.stream().noneMatch(t -> t.entry().id().equals(e.id()))) {
                    targets.add(new Target(e, alias));
                }
            }
        }
        for (List<Target> targets : keys.values()) {
            Target org = first(targets, EntityType.ORGANIZATION);
            Target model = first(targets, EntityType.AI_MODEL);
            if (org != null && model != null) modelTwinOf.putIfAbsent(org.entry().id(), model.entry().id());
        }
        this.empty = keys.isEmpty();
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!empty) {
            trie.build(keys);
        }
    }

    /** The matching key of a surface form: the same folding as {@link #fold(String)} applies to texts. */
    static String key(String alias) {
        return fold(ScriptNormalizer.toSimplified(alias.strip()));
    }

    /**
     * ASCII lower-casing, and the middle dots news use between the parts of a foreign name (‧ ・ • ･ ⋅)
     * folded to the lexicon's ·; char for char, so offsets stay valid.
     */
    static String fold(String normalized) {
        char[] c = normalized.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') c[i] = (char) (c[i] + 32);
            else if (c[i] == '\u2027' || c[i] == '\u30FB' || c[i] == '\u2022' || c[i] == '\uFF65' || c[i] == '\u22C5') c[i] = '\u00B7';
        }
        return new String(c);
    }

    /** Longest, non-overlapping lexicon mentions in {@code normalized} (original text for case checks). */
    public List<Candidate> match(String original, String normalized) {
        List<Candidate> hits = new ArrayList<>();
        if (empty) return hits;
        String folded = fold(normalized);
        trie.parseText(folded, (begin, end, targets) -> {
            if (!latinBoundaries(folded, begin, end)) return;
            Target t = choose(original, normalized, begin, end, targets);
            if (t != null) {
                hits.add(new Candidate(begin, end, t.entry().entityType(), "lexicon", t.entry().id(), null, true));
            }
        });
        List<Candidate> kept = longestNonOverlapping(hits);
        // A concept (data centre, the AI race) wins its span over shorter names inside it, then goes.
        kept.removeIf(h -> conceptIds.contains(h.lexiconId()));
        return modelsByCoordination(normalized, kept);
    }

    /**
     * A shared lab/model name listed together with a model (DeepSeek/Qwen, DeepSeek和ChatGPT) is the
     * model too, unless a company word follows it.
     */
    private List<Candidate> modelsByCoordination(String normalized, List<Candidate> hits) {
        List<Candidate> out = new ArrayList<>(hits);
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.type() != EntityType.ORGANIZATION || !modelTwinOf.containsKey(c.lexiconId())) continue;
            if (EntityCues.wordAt(normalized, skipBlank(normalized, c.end()), cues.orgAfter) != null) continue;
            boolean nextToModel = (i + 1 < out.size() && out.get(i + 1).type() == EntityType.AI_MODEL
                            && coordinated(normalized, c.end(), out.get(i + 1).begin()))
                    || (i > 0 && out.get(i - 1).type() == EntityType.AI_MODEL && coordinated(normalized, out.get(i - 1).end(), c.begin()));
            if (nextToModel) {
                String twin = modelTwinOf.get(c.lexiconId());
                out.set(i, new Candidate(c.begin(), c.end(), EntityType.AI_MODEL, c.origin(), twin, null, true));
            }
        }
        return out;
    }

    private static boolean coordinated(String s, int from, int to) {
        if (to < from || to - from > 3) return false;
        String between = s.substring(from, to).strip();
        return between.isEmpty() || between.equals("/") || between.equals("、") || between.equals("和")
                || between.equals("与") || between.equals("及") || between.equals(",") || between.equals("或");
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i;
    }

    static List<Candidate> longestNonOverlapping(List<Candidate> hits) {
        hits.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        for (Candidate h : hits) {
            int clash = taken.nextSetBit(h.begin());
            if (clash >= 0 && clash < h.end()) continue;
            taken.set(h.begin(), h.end());
            kept.add(h);
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return kept;
    }

    /** A Latin letter or digit at an alias edge must not continue into the neighbouring text. */
    static boolean latinBoundaries(String text, int begin, int end) {
        if (isWordChar(text.charAt(begin)) && begin > 0 && isWordChar(text.charAt(begin - 1))) return false;
        return !(isWordChar(text.charAt(end - 1)) && end < text.length() && isWordChar(text.charAt(end)));
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private Target choose(String original, String normalized, int begin, int end, List<Target> targets) {
        List<Target> ok = new ArrayList<>();
        for (Target t : targets) {
            if (t.entry().caseSensitive() && !caseMatches(original, begin, end, t.entry())) continue;
            ok.add(t);
        }
        if (ok.isEmpty()) return null;
        if (ok.size() == 1) return ok.get(0);
        Target org = first(ok, EntityType.ORGANIZATION);
        Target model = first(ok, EntityType.AI_MODEL);
        if (org != null && model != null) {
            return new MakerOrModel(cues).isModel(normalized, begin, end) ? model : org;
        }
        // Otherwise a stable choice: the entry whose own labels contain the form, then by id.
        ok.sort(Comparator.comparing((Target t) -> t.entry().id()));
        return ok.get(0);
    }

    private static Target first(List<Target> ts, EntityType type) {
        for (Target t : ts) {
            if (t.entry().entityType() == type) return t;
        }
        return null;
    }

    /** Some alias of a case-sensitive entry equals the original characters (after Simplified folding). */
    private boolean caseMatches(String original, int begin, int end, LexiconEntry e) {
        return caseForms.get(e).contains(ScriptNormalizer.toSimplified(original.substring(begin, end)));
    }
}
