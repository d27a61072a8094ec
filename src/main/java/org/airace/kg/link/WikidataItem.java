package org.airace.kg.link;

import java.util.List;
import java.util.Map;

/**
 * What {@code wbgetentities} says about an item that linking needs.
 *
 * @param labels       label per language code
 * @param descriptions description per language code
 * @param instanceOf   P31 values (deprecated statements left out)
 * @param subclassOf   P279 values (deprecated statements left out)
 */
public record WikidataItem(String id, Map<String, String> labels, Map<String, String> descriptions,
        List<String> instanceOf, List<String> subclassOf) {

    public WikidataItem {
        labels = Map.copyOf(labels);
        descriptions = Map.copyOf(descriptions);
        instanceOf = List.copyOf(instanceOf);
        subclassOf = List.copyOf(subclassOf);
    }

    /** The first value present in the preferred languages, or null. */
    public static String inLanguages(Map<String, String> values, List<String> languages) {
        for (String l : languages) {
            String v = values.get(l);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
