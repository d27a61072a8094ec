package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The shipped Fuseki configuration puts its query timeout where Fuseki applies it per request. */
class ShippedConfigTest {

    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    @Test
    void everyQueryEndpointHasTheTimeoutAndTheServerHasNone() {
        Model config = RDFDataMgr.loadModel(Path.of(System.getProperty("airace.basedir", "."), "fuseki-config", "config.ttl").toString());
        var operation = config.createProperty(FUSEKI + "operation");
        var context = config.createProperty(JA + "context");
        var name = config.createProperty(JA + "cxtName");
        var value = config.createProperty(JA + "cxtValue");
        var queryEndpoints = config.listSubjectsWithProperty(operation, config.createResource(FUSEKI + "query")).toList();
        assertThat(queryEndpoints).hasSize(3);
        for (Resource endpoint : queryEndpoints) {
            java.util.Map<String, String> settings = new java.util.HashMap<>();
            endpoint.listProperties(context).forEachRemaining(st -> settings.put(
                    st.getResource().getProperty(name).getString(), st.getResource().getProperty(value).getString()));
            assertThat(settings).as("timeout and result bound on a query endpoint")
                    .containsOnlyKeys("arq:queryTimeout", "airace:resultLimit");
            assertThat(Long.parseLong(settings.get("arq:queryTimeout"))).isPositive();
            assertThat(Long.parseLong(settings.get("airace:resultLimit"))).isPositive();
        }
        // A server-level context would leak into every query of the JVM.
        Resource server = config.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                config.createResource(FUSEKI + "Server")).next();
        assertThat(server.hasProperty(context)).isFalse();
    }
}
