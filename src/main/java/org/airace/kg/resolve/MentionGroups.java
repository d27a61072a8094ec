package org.airace.kg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.entity.EntityCues;
import org.airace.kg.annotate.entity.Lexicon;

/**
 * Union-find over distinct mention signatures, taken in the order of their first occurrence. A group
 * remembers its type and lexicon entry; a union that would mix types or two lexicon entries is refused.
 * Links are made in that order, then the short-form links in theirs, so the result is deterministic.
 *
 * <p>Working on signatures instead of mentions gives the same groups: a later mention with the same
 * signature as an earlier one has the same keys, so it joins the earlier one's group, and a union
 * refused for the earlier one stays refused (types and lexicon entries of a group never change).
 */
final class MentionGroups {

    private static final EntityCues CUES = EntityCues.load();

    /** One distinct signature; {@code index} is its rank by first occurrence. */
    record Node(int index, MentionSignature signature, long count) {}

    private final List<Node> nodes;
    private final Lexicon lexicon;
    private final int[] parent;
    private final String[] lexiconIdOfRoot;
    private final Map<MentionSignature, Integer> indexOf = new HashMap<>();

    MentionGroups(List<Node> nodes, Lexicon lexicon) {
        this.nodes = nodes;
        this.lexicon = lexicon;
        this.parent = new int[nodes.size()];
        this.lexiconIdOfRoot = new String[nodes.size()];
        for (Node n : nodes) {
            parent[n.index()] = n.index();
            String id = n.signature().lexiconId();
            lexiconIdOfRoot[n.index()] = id != null && lexicon.get(id) != null ? id : null;
            indexOf.put(n.signature(), n.index());
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void link(List<ShortFormLink> shortForms) {
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (Node n : nodes) {
            for (String key : keys(n.signature())) {
                Integer first = firstWithKey.putIfAbsent(key, n.index());
                if (first != null) union(first, n.index());
            }
        }
        for (ShortFormLink l : shortForms) {
            Integer full = indexOf.get(l.full()), part = indexOf.get(l.part());
            if (full != null && part != null) union(full, part);
        }
    }

    /** Keys that tie mentions across documents; all carry the type so that types never mix. */
    private List<String> keys(MentionSignature s) {
        List<String> keys = new ArrayList<>();
        EntityType type = s.type();
        String id = s.lexiconId();
        if (id != null && lexicon.get(id) != null) keys.add("lex:" + id);
        if (s.englishName() != null) keys.add("en:" + type + ":" + ResolutionKeys.normalize(s.englishName()));
        if (s.latinOnly()) keys.add("en:" + type + ":" + s.normalizedText());
        if (!s.shortForm() && !s.latinOnly()) keys.add("zh:" + type + ":" + s.normalizedText());
        if (type == EntityType.GOVERNMENT_BODY) {
            String polity = CUES.polityOfGovernmentWord(s.normalizedText());
            if (polity != null) keys.add("gov:" + polity); // 中国政府 = 中国官方 = 中国当局
        }
        return keys;
    }

    private void union(int a, int b) {
        int ra = root(a), rb = root(b);
        if (ra == rb) return;
        if (nodes.get(ra).signature().type() != nodes.get(rb).signature().type()) return;
        String la = lexiconIdOfRoot[ra], lb = lexiconIdOfRoot[rb];
        if (la != null && lb != null && !la.equals(lb)) return;
        int keep = Math.min(ra, rb), drop = Math.max(ra, rb);
        parent[drop] = keep;
        lexiconIdOfRoot[keep] = la != null ? la : lb;
    }
}
