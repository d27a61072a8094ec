package org.airace.kg.link;

import java.util.List;

/**
 * An entity of the store that has no Wikidata link yet.
 *
 * @param airClass  local name of its air: class (Person, Organization ...)
 * @param labels    its rdfs:label values (one per script and English, as the mapper writes them)
 * @param altLabels its skos:altLabel values: other names seen or known (short forms, surnames ...)
 * @param mentions  how many mentions denote it (the most mentioned are looked up first)
 */
public record StoreEntity(String iri, String airClass, List<Label> labels, List<Label> altLabels, int mentions) {

    public StoreEntity {
        labels = List.copyOf(labels);
        altLabels = List.copyOf(altLabels);
    }

    /** A label with its language tag ("" when untagged). */
    public record Label(String text, String language) {
    }

    /** The label shown in the review file: the first one, which the mapper writes in zh-Hant, zh-Hans, en order. */
    public String displayLabel() {
        if (!labels.isEmpty()) return labels.get(0).text();
        return altLabels.isEmpty() ? "" : altLabels.get(0).text();
    }
}
