package org.airace.kg.spark;

import java.io.Serializable;
import org.airace.kg.resolve.DocumentMentions;

/**
 * One input file after the first stage: either its annotated document (encoded) with what it gives to
 * resolution, or why it failed.
 */
record AnnotatedFile(String uri, String docId, byte[] encoded, DocumentMentions mentions, String failure)
        implements Serializable {

    static AnnotatedFile failed(String uri, String reason) {
        return new AnnotatedFile(uri, null, null, null, reason);
    }

    boolean ok() {
        return failure == null;
    }
}
