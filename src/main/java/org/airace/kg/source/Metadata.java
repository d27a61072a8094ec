package org.airace.kg.source;

import java.util.List;

/**
 * What a document says about itself: from the header lines news exports carry, overridden field by
 * field by an optional {@code NAME.meta.json} sidecar. Every field may be absent except the lists,
 * which are empty rather than null.
 *
 * @param language BCP 47 tag of the body text: zh-Hant, zh-Hans, en, or "mixed"
 */
public record Metadata(
        String title,
        List<String> authors,
        String publisher,
        PartialDate date,
        String url,
        String language,
        List<String> keywords) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public static Metadata empty() {
        return new Metadata(null, List.of(), null, null, null, null, List.of());
    }
}
