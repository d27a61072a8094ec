package org.airace.kg.job;

import java.util.List;
import org.airace.kg.resolve.ResolvedDocument;
import org.apache.jena.sparql.core.Quad;

/**
 * One document at the end of extraction: resolved, its named graph as quads in their fixed order, and,
 * when the output is line by line (N-Quads), those quads already formatted as the output writes them
 * (else null).
 */
public record ExtractedDocument(ResolvedDocument resolved, List<Quad> quads, byte[] text) {
    public ExtractedDocument {
        quads = List.copyOf(quads);
    }

    public ExtractedDocument(ResolvedDocument resolved, List<Quad> quads) {
        this(resolved, quads, null);
    }
}
