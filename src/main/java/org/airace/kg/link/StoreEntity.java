package org.airace.kg.link;

import java.util.List;

/**
 * An entity of the store that has no Wikidata link yet.
 *
 * @param airClass  local name of its air: class (Person, Organization ...)
 * @param labels    its rdfs:label and skos:altLabel values
 * @param mentions  how many mentions denote it (the most mentioned are looked up first)
 */
public record StoreEntity(String iri, String airClass, List<Label> labels, int mentions) {

    public StoreEntity {
        labels = List.copyOf(labels);
    }

    /** A label with its language tag ("" when untagged). */
    public record Label(String text, String language) {
    }

    /** The label shown in the review file: the first one, which the mapper writes in zh-Hant, zh-Hans, en order. */
    public String displayLabel() {
        return labels.isEmpty() ? "" : labels.get(0).text();
    }
}
