package org.airace.kg.source;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a {@code NAME.meta.json} sidecar sets. A key absent from the JSON leaves the header's
 * value alone; a key present with JSON {@code null} (or an empty list) clears it, which is how a
 * user corrects a header line that was misread.
 *
 * @param values   field name (title, authors, publisher, date, url, language, keywords) to value:
 *                 String, List&lt;String&gt;, PartialDate or null
 * @param warnings things ignored in the sidecar (unknown keys)
 */
public record SidecarMetadata(Map<String, Object> values, List<String> warnings) {

    public static final Set<String> FIELDS = Set.of("title", "authors", "publisher", "date", "url", "language", "keywords");

    public SidecarMetadata {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        warnings = List.copyOf(warnings);
    }

    /** The header metadata with every field the sidecar sets replaced by the sidecar's value. */
    @SuppressWarnings("unchecked")
    public Metadata overlay(Metadata base) {
        return new Metadata(
                values.containsKey("title") ? (String) values.get("title") : base.title(),
                values.containsKey("authors") ? (List<String>) values.get("authors") : base.authors(),
                values.containsKey("publisher") ? (String) values.get("publisher") : base.publisher(),
                values.containsKey("date") ? (PartialDate) values.get("date") : base.date(),
                values.containsKey("url") ? (String) values.get("url") : base.url(),
                values.containsKey("language") ? (String) values.get("language") : base.language(),
                values.containsKey("keywords") ? (List<String>) values.get("keywords") : base.keywords());
    }
}
