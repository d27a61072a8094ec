package org.airace.kg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.annotate.entity.LexiconEntry;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Groups the mentions of all documents of a run into entities. Mentions join when they share a lexicon
 * entry, an English name, or the same normalised name and type; within one document a person's short
 * form (阿莫代) joins the full name it ends (达里奥·阿莫代). Entities of different types never merge,
 * nor do two different lexicon entries. Documents are processed in the order of their content ids, so
 * the result does not depend on the order they are given in.
 */
public final class CorpusResolver {

    private final Lexicon lexicon;

    public CorpusResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One resolved document per input document, in input order. */
    public List<ResolvedDocument> resolve(List<AnnotatedDocument> docs) {
        List<AnnotatedDocument> ordered = new ArrayList<>(docs);
        ordered.sort(Comparator.comparing((AnnotatedDocument d) -> d.document().id())
                .thenComparing(d -> d.document().fileName()));
        List<Node> nodes = new ArrayList<>();
        for (AnnotatedDocument d : ordered) {
            String script = d.text().script();
            List<EntityMention> ms = new ArrayList<>(d.mentions());
            ms.sort((a, b) -> a.span().compareTo(b.span()));
            for (EntityMention m : ms) {
                nodes.add(new Node(nodes.size(), d, m, script));
            }
        }
        MentionGroups groups = new MentionGroups(nodes, lexicon);
        groups.link();

        Map<Integer, Entity> entityOfRoot = new HashMap<>();
        Map<Integer, List<Node>> members = new TreeMap<>();
        for (Node n : nodes) {
            members.computeIfAbsent(groups.root(n.index()), k -> new ArrayList<>()).add(n);
        }
        EntityBuilder builder = new EntityBuilder(lexicon);
        for (Map.Entry<Integer, List<Node>> e : members.entrySet()) {
            entityOfRoot.put(e.getKey(), builder.build(e.getValue()));
        }

        Map<AnnotatedDocument, Map<Span, Entity>> byDoc = new LinkedHashMap<>();
        for (Node n : nodes) {
            byDoc.computeIfAbsent(n.doc(), k -> new HashMap<>()).put(n.mention().span(), entityOfRoot.get(groups.root(n.index())));
        }
        List<ResolvedDocument> out = new ArrayList<>(docs.size());
        for (AnnotatedDocument d : docs) {
            Map<Span, Entity> entities = byDoc.getOrDefault(d, Map.of());
            out.add(new ResolvedDocument(d, entities, related(entities, builder)));
        }
        return out;
    }

    /** Countries and makers the document's entities point to but the document does not mention. */
    private Map<String, Entity> related(Map<Span, Entity> entities, EntityBuilder builder) {
        TreeSet<String> present = new TreeSet<>();
        for (Entity e : entities.values()) present.add(e.key());
        Map<String, Entity> related = new TreeMap<>();
        for (Entity e : entities.values()) {
            for (String key : new String[] {e.countryKey(), e.makerKey()}) {
                if (key == null || present.contains(key) || related.containsKey(key)) continue;
                Entity r = builder.byKey(key);
                if (r != null) related.put(key, r);
            }
        }
        return related;
    }

    /** One mention in the run, with its position in the deterministic order. */
    record Node(int index, AnnotatedDocument doc, EntityMention mention, String script) {
        EntityType type() {
            return mention.type();
        }

        String normalizedText() {
            return ResolutionKeys.normalize(mention.text());
        }

        boolean latinOnly() {
            String t = mention.text();
            for (int i = 0; i < t.length(); i++) {
                if (Character.UnicodeScript.of(t.charAt(i)) == Character.UnicodeScript.HAN) return false;
            }
            return true;
        }

        String simplifiedText() {
            return ScriptNormalizer.toSimplified(mention.text());
        }
    }
}
