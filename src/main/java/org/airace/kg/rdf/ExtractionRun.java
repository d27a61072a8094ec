package org.airace.kg.rdf;

import java.util.Objects;

/**
 * Who produced a graph: a tool version and a digest of the configuration (lexicons, cue lists,
 * options) the caller computed. Both feed the run's IRI, so the same input under the same
 * configuration always yields the same quads; no timestamp is recorded for the same reason.
 */
public record ExtractionRun(String toolVersion, String configDigest) {

    public ExtractionRun {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(configDigest, "configDigest");
    }

    public String iri() {
        return AIRID.run(toolVersion, configDigest);
    }

    public String agentIri() {
        return AIRID.agent(toolVersion);
    }
}
