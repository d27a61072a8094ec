package org.airace.kg.job;

import java.util.List;
import org.airace.kg.resolve.ResolvedDocument;
import org.apache.jena.sparql.core.Quad;

/** One document at the end of extraction: resolved, and its named graph as quads in their fixed order. */
public record ExtractedDocument(ResolvedDocument resolved, List<Quad> quads) {
    public ExtractedDocument {
        quads = List.copyOf(quads);
    }
}
