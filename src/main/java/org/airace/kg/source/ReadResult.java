package org.airace.kg.source;

import java.util.List;

/** A document read successfully, with what was odd about it (bad header values, unknown sidecar keys). */
public record ReadResult(Document document, List<String> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
