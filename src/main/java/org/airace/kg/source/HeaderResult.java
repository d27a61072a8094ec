package org.airace.kg.source;

import java.util.List;

/**
 * What the header lines said, plus what looked wrong in them (a date that is not a date, two
 * different titles). Warnings do not stop reading: the body text is still good.
 */
public record HeaderResult(Metadata metadata, List<String> warnings) {
    public HeaderResult {
        warnings = List.copyOf(warnings);
    }
}
