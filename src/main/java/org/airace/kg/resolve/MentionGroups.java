package org.airace.kg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.entity.EntityCues;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.annotate.entity.LexiconEntry;
import org.airace.kg.resolve.CorpusResolver.Node;

/**
 * Union-find over mentions. A group remembers its type and lexicon entry; a union that would mix
 * types or two lexicon entries is refused. Links are made in node order, which is deterministic.
 */
final class MentionGroups {

    private static final EntityCues CUES = EntityCues.load();

    private final List<Node> nodes;
    private final Lexicon lexicon;
    private final int[] parent;
    private final String[] lexiconIdOfRoot;

    MentionGroups(List<Node> nodes, Lexicon lexicon) {
        this.nodes = nodes;
        this.lexicon = lexicon;
        this.parent = new int[nodes.size()];
        this.lexiconIdOfRoot = new String[nodes.size()];
        for (Node n : nodes) {
            parent[n.index()] = n.index();
            String id = n.mention().lexiconId();
            lexiconIdOfRoot[n.index()] = id != null && lexicon.get(id) != null ? id : null;
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void link() {
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (Node n : nodes) {
            for (String key : keys(n)) {
                Integer first = firstWithKey.putIfAbsent(key, n.index());
                if (first != null) union(first, n.index());
            }
        }
        linkShortForms();
    }

    /** Keys that tie mentions across documents; all carry the type so that types never mix. */
    private List<String> keys(Node n) {
        List<String> keys = new ArrayList<>();
        EntityType type = n.type();
        String id = n.mention().lexiconId();
        if (id != null && lexicon.get(id) != null) keys.add("lex:" + id);
        if (n.mention().englishName() != null) keys.add("en:" + type + ":" + ResolutionKeys.normalize(n.mention().englishName()));
        if (n.latinOnly()) keys.add("en:" + type + ":" + n.normalizedText());
        boolean shortForm = "coref".equals(n.mention().origin());
        if (!shortForm && !n.latinOnly()) keys.add("zh:" + type + ":" + n.normalizedText());
        if (type == EntityType.GOVERNMENT_BODY) {
            String polity = CUES.polityOfGovernmentWord(n.normalizedText());
            if (polity != null) keys.add("gov:" + polity); // 中国政府 = 中国官方 = 中国当局
        }
        return keys;
    }

    /** Within one document, a person's name that is the last part of a longer person name joins it. */
    private void linkShortForms() {
        Map<AnnotatedDocument, List<Node>> persons = new java.util.LinkedHashMap<>(); // node order: deterministic
        for (Node n : nodes) {
            if (n.type() == EntityType.PERSON) persons.computeIfAbsent(n.doc(), k -> new ArrayList<>()).add(n);
        }
        for (List<Node> inDoc : persons.values()) {
            for (Node shortNode : inDoc) {
                String s = shortNode.normalizedText();
                Node best = null;
                for (Node full : inDoc) {
                    String f = full.normalizedText();
                    if (f.length() > s.length() && endsWithNamePart(full.simplifiedText(), shortNode.simplifiedText())
                            && (best == null || full.index() < best.index())) {
                        best = full;
                    }
                }
                if (best != null) union(best.index(), shortNode.index());
            }
        }
    }

    /** {@code full} ends with {@code part} right after a name separator (dot or space). */
    private static boolean endsWithNamePart(String full, String part) {
        if (!full.endsWith(part) || full.length() == part.length()) return false;
        char sep = full.charAt(full.length() - part.length() - 1);
        return "·・•‧･ ".indexOf(sep) >= 0;
    }

    private void union(int a, int b) {
        int ra = root(a), rb = root(b);
        if (ra == rb) return;
        if (nodes.get(ra).type() != nodes.get(rb).type()) return;
        String la = lexiconIdOfRoot[ra], lb = lexiconIdOfRoot[rb];
        if (la != null && lb != null && !la.equals(lb)) return;
        int keep = Math.min(ra, rb), drop = Math.max(ra, rb);
        parent[drop] = keep;
        lexiconIdOfRoot[keep] = la != null ? la : lb;
    }

    LexiconEntry entryOf(int root) {
        return lexicon.get(lexiconIdOfRoot[root(root)]);
    }
}
