package org.airace.kg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a candidate item is an instance of (P31) a class allowed for the entity's air: class,
 * directly or through subclass-of (P279) steps. Superclasses are fetched level by level, in batches,
 * and remembered for the whole run, so many candidates of the same kind cost few requests.
 */
public final class TypeChecker {
    private final WikidataApi api;
    private final WikidataClasses classes;
    private final Map<String, List<String>> superclasses = new HashMap<>();

    public TypeChecker(WikidataApi api, WikidataClasses classes) {
        this.api = api;
        this.classes = classes;
    }

    /** The match, or null when none of the item's classes leads to an allowed one within the depth limit. */
    public TypeMatch check(WikidataItem item, String airClass) {
        Set<String> allowed = classes.allowedFor(airClass);
        if (allowed.isEmpty()) return null;
        // origin: for each class reached, the P31 value it was reached from.
        Map<String, String> origin = new LinkedHashMap<>();
        for (String c : item.instanceOf()) origin.putIfAbsent(c, c);
        List<String> frontier = new ArrayList<>(origin.keySet());
        for (int step = 0; ; step++) {
            for (String c : frontier) {
                if (allowed.contains(c)) return new TypeMatch(origin.get(c), c, step);
            }
            if (step >= classes.superclassDepth() || frontier.isEmpty()) return null;
            learnSuperclasses(frontier);
            List<String> next = new ArrayList<>();
            for (String c : frontier) {
                for (String parent : superclasses.getOrDefault(c, List.of())) {
                    if (!origin.containsKey(parent)) {
                        origin.put(parent, origin.get(c));
                        next.add(parent);
                    }
                }
            }
            frontier = next;
        }
    }

    private void learnSuperclasses(List<String> classIds) {
        Set<String> unknown = new HashSet<>();
        for (String c : classIds) {
            if (!superclasses.containsKey(c)) unknown.add(c);
        }
        if (unknown.isEmpty()) return;
        Map<String, WikidataItem> fetched = api.entities(unknown);
        for (String c : unknown) {
            WikidataItem cls = fetched.get(c);
            superclasses.put(c, cls == null ? List.of() : cls.subclassOf());
        }
    }
}
