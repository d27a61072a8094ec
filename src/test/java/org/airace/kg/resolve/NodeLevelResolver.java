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
import org.airace.kg.annotate.entity.EntityCues;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.annotate.entity.LexiconEntry;
import org.airace.kg.text.ScriptNormalizer;

/**
 * The resolver as it was before resolution moved to distinct signatures: a union-find over every
 * mention of the corpus, all documents in memory. Kept in the tests as the oracle the signature-level
 * resolver must agree with, mention by mention.
 */
public final class NodeLevelResolver {


    private final Lexicon lexicon;

    public NodeLevelResolver(Lexicon lexicon) {
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
        Groups groups = new Groups(nodes, lexicon);
        groups.link();

        Map<Integer, Entity> entityOfRoot = new HashMap<>();
        Map<Integer, List<Node>> members = new TreeMap<>();
        for (Node n : nodes) {
            members.computeIfAbsent(groups.root(n.index()), k -> new ArrayList<>()).add(n);
        }
        Builder builder = new Builder(lexicon);
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
    private Map<String, Entity> related(Map<Span, Entity> entities, Builder builder) {
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

    /** Union-find over mentions (the former MentionGroups). */
    static final class Groups {

    private static final EntityCues CUES = EntityCues.load();

    private final List<Node> nodes;
    private final Lexicon lexicon;
    private final int[] parent;
    private final String[] lexiconIdOfRoot;

    Groups(List<Node> nodes, Lexicon lexicon) {
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

    /** The former EntityBuilder, over mentions. */
    static final class Builder {

    private final Lexicon lexicon;
    private final Map<String, LexiconEntry> entryByKey = new HashMap<>();

    Builder(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (LexiconEntry e : lexicon.entries()) {
            entryByKey.putIfAbsent(ResolutionKeys.ofEntry(e), e);
        }
    }

    Entity build(List<Node> group) {
        EntityType type = group.get(0).type();
        LexiconEntry entry = null;
        for (Node n : group) {
            LexiconEntry e = lexicon.get(n.mention().lexiconId());
            if (e != null && (entry == null || e.id().compareTo(entry.id()) < 0)) entry = e;
        }
        String hantFromText = bestHan(group, true);
        String hanAny = bestHan(group, false);
        String enFromText = bestEnglish(group);
        String key;
        String hant, hans, en;
        if (entry != null) {
            key = ResolutionKeys.ofEntry(entry);
            hant = entry.zhHant() != null ? entry.zhHant() : hantFromText;
            hans = entry.zhHans() != null ? entry.zhHans() : hanAny == null ? null : ScriptNormalizer.toSimplified(hanAny);
            en = entry.en() != null ? entry.en() : enFromText;
        } else {
            String canonical = enFromText != null ? ResolutionKeys.normalize(enFromText) : ResolutionKeys.normalize(hanAny);
            key = ResolutionKeys.ofName(type, canonical);
            hant = hantFromText;
            hans = hanAny == null ? null : ScriptNormalizer.toSimplified(hanAny);
            en = enFromText;
        }
        TreeSet<String> aliases = new TreeSet<>();
        for (Node n : group) {
            String t = n.mention().text().strip();
            if (!t.equals(hant) && !t.equals(hans) && !t.equals(en)) aliases.add(t);
            String eng = n.mention().englishName();
            if (eng != null && !eng.equals(en)) aliases.add(eng);
        }
        return new Entity(key, type, hant, hans, en, new ArrayList<>(aliases), entry == null ? null : blankToNull(entry.qid()),
                keyOf(entry == null ? null : entry.country()), keyOf(entry == null ? null : entry.maker()));
    }

    /** The entity of a lexicon entry by key, described from the lexicon alone (for related entities). */
    Entity byKey(String key) {
        LexiconEntry e = entryByKey.get(key);
        if (e == null) return null;
        List<String> aliases = new ArrayList<>(new TreeSet<>(e.aliases()));
        return new Entity(key, e.entityType(), e.zhHant(), e.zhHans(), e.en(), aliases, blankToNull(e.qid()),
                keyOf(e.country()), keyOf(e.maker()));
    }

    private String keyOf(String id) {
        LexiconEntry e = lexicon.get(id);
        return e == null ? null : ResolutionKeys.ofEntry(e);
    }

    /**
     * The Han-script name to label the group with: the longest form (a full name over its short form),
     * then the most frequent, then the smallest. With {@code traditionalOnly}, only mentions in
     * Traditional-script documents count.
     */
    private static String bestHan(List<Node> group, boolean traditionalOnly) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Node n : group) {
            if (n.latinOnly()) continue;
            if (traditionalOnly && !"zh-Hant".equals(n.script())) continue;
            counts.merge(n.mention().text().strip(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length())
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** An English name given in parentheses, else a Latin-script mention; the longest, then the smallest. */
    private static String bestEnglish(List<Node> group) {
        TreeSet<String> given = new TreeSet<>();
        TreeSet<String> latin = new TreeSet<>();
        for (Node n : group) {
            if (n.mention().englishName() != null) given.add(n.mention().englishName().strip());
            if (n.latinOnly()) latin.add(n.mention().text().strip());
        }
        TreeSet<String> pool = given.isEmpty() ? latin : given;
        return pool.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
    }
}
