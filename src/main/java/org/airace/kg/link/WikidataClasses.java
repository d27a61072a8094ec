package org.airace.kg.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.airace.kg.annotate.LexiconData;

/**
 * The Wikidata classes (P31 values) an entity of each air: class may be an instance of, read from
 * {@code ontology/lexicon/wikidata-classes.json}. Wikidata types most items with a specific class
 * (an AI lab is an "artificial intelligence research laboratory", not an "organization"), so a
 * candidate's P31 values are followed up the subclass-of (P279) chain for {@link #superclassDepth()} steps.
 */
public final class WikidataClasses {
    public static final String FILE = "wikidata-classes.json";

    private final Map<String, Map<String, String>> allowed;
    private final int superclassDepth;
    private final ScoringWeights scoring;

    private WikidataClasses(Map<String, Map<String, String>> allowed, int superclassDepth, ScoringWeights scoring) {
        this.allowed = allowed;
        this.superclassDepth = superclassDepth;
        this.scoring = scoring;
    }

    /** The shipped table. */
    public static WikidataClasses load() {
        return fromJson(LexiconData.read(FILE));
    }

    public static WikidataClasses fromJson(JsonNode root) {
        JsonNode classes = root.path("classes");
        if (!classes.isObject())
            throw new IllegalArgumentException(FILE + ": no \"classes\" object");
        Map<String, Map<String, String>> allowed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = classes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, String> qids = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(q -> {
                if (!Qids.isQid(q.getKey()))
                    throw new IllegalArgumentException(FILE + ": '" + q.getKey() + "' under " + e.getKey() + " is not a QID");
                qids.put(q.getKey(), q.getValue().asText());
            });
            allowed.put(e.getKey(), Collections.unmodifiableMap(qids));
        }
        return new WikidataClasses(Collections.unmodifiableMap(allowed), root.path("superclassDepth").asInt(3),
                ScoringWeights.fromJson(root.path("scoring")));
    }

    /** Allowed class QIDs for an air: class local name (Person, Country ...); empty when the class is not covered. */
    public Set<String> allowedFor(String airClass) {
        Map<String, String> m = allowed.get(airClass);
        return m == null ? Set.of() : new LinkedHashSet<>(m.keySet());
    }

    /** English name of an allowed class, for the review file's reason column. */
    public String nameOf(String qid) {
        for (Map<String, String> m : allowed.values()) {
            if (m.containsKey(qid)) return m.get(qid);
        }
        return qid;
    }

    public Set<String> airClasses() {
        return allowed.keySet();
    }

    public ScoringWeights scoring() {
        return scoring;
    }

    public int superclassDepth() {
        return superclassDepth;
    }
}
