package org.airace.kg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VoID figures of an export equal what SPARQL counts over the store. */
class DatasetDescriptionTest {
    private static final String PREFIXES = "PREFIX air: <https://w3id.org/airace/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String ALL = ExportStore.ALL;

    @TempDir
    static Path tmp;
    static TdbStore store;
    static Model description;
    static Resource dataset;

    @BeforeAll
    static void export() throws Exception {
        store = ExportStore.shared();
        ExportResult result = new DumpExporter(DescriptionTemplate.bundled(),
                Clock.fixed(DumpRoundTripTest.EXPORT_TIME, ZoneOffset.UTC))
                .export(store, DumpFormat.NQUADS, true, tmp.resolve("dump.nq.gz"), "https://example.org/dump.nq.gz");
        assertThat(result.description()).isEqualTo(tmp.resolve("dump.nq.void.ttl"));
        description = RDFDataMgr.loadModel(result.description().toString());
        dataset = description.createResource("https://w3id.org/airace/id/dataset");
    }

    @Test
    void statementAndSubjectCountsEqualTheStore() {
        assertThat(longOf(dataset, VOID.triples)).isEqualTo(count("SELECT (COUNT(*) AS ?n) " + ALL))
                .isEqualTo(store.quadCount() - store.quadCount(DistinctTriples.DESCRIPTION_GRAPH));
        assertThat(longOf(dataset, VOID.distinctSubjects)).isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) " + ALL));
    }

    @Test
    void entityCountIsEveryInstanceOfAnEntityClass() {
        long entities = count(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) { { ?e a ?c } UNION { GRAPH ?g { ?e a ?c } FILTER (?g != <" + DistinctTriples.DESCRIPTION_GRAPH + ">) } "
                + "GRAPH <" + TdbStore.ONTOLOGY_GRAPH + "> { ?c rdfs:subClassOf* air:Entity } }");
        assertThat(entities).as("the store has entities").isGreaterThan(20);
        assertThat(longOf(dataset, VOID.entities)).isEqualTo(entities);
    }

    @Test
    void classPartitionsCountInstancesPerClass() {
        Map<String, Long> expected = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { { ?s a ?c } UNION { GRAPH ?g { ?s a ?c } FILTER (?g != <"
                            + DistinctTriples.DESCRIPTION_GRAPH + ">) } FILTER isIRI(?c) } GROUP BY ?c").build()) {
                qe.execSelect().forEachRemaining(row -> expected.put(row.getResource("c").getURI(), row.getLiteral("n").getLong()));
            }
        });
        Map<String, Long> stated = new HashMap<>();
        for (Statement st : dataset.listProperties(VOID.classPartition).toList()) {
            Resource partition = st.getResource();
            stated.put(partition.getPropertyResourceValue(VOID._class).getURI(), longOf(partition, VOID.entities));
        }
        assertThat(stated).isEqualTo(expected).containsKey("https://w3id.org/airace/ontology#Person");
        assertThat(longOf(dataset, VOID.classes)).isEqualTo(expected.size());
    }

    @Test
    void oneSubsetPerSourceGraphWithItsStatements() {
        Map<String, Long> stated = new HashMap<>();
        for (Statement st : dataset.listProperties(VOID.subset).toList()) {
            Resource subset = st.getResource();
            stated.put(subset.getPropertyResourceValue(DCTerms.source).getURI(), longOf(subset, VOID.triples));
        }
        List<String> sources = store.sourceGraphs();
        assertThat(stated.keySet()).containsExactlyInAnyOrderElementsOf(sources).hasSizeGreaterThanOrEqualTo(8);
        for (String source : sources)
            assertThat(stated.get(source)).as(source).isEqualTo(store.quadCount(source));
    }

    @Test
    void provenanceLicenceTimeAndDistribution() {
        Set<String> runs = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(PREFIXES + "SELECT DISTINCT ?r { GRAPH ?g { ?r a air:ExtractionRun } }").build()) {
                qe.execSelect().forEachRemaining(row -> runs.add(row.getResource("r").getURI()));
            }
        });
        Set<String> generatedBy = new HashSet<>();
        dataset.listProperties(description.createProperty("http://www.w3.org/ns/prov#wasGeneratedBy"))
                .forEachRemaining(st -> generatedBy.add(st.getResource().getURI()));
        assertThat(generatedBy).isNotEmpty().isEqualTo(runs);

        assertThat(dataset.getPropertyResourceValue(DCTerms.license).getURI()).startsWith("https://creativecommons.org/");
        assertThat(dataset.getProperty(DCTerms.created).getLiteral().getLexicalForm()).isEqualTo("2026-01-02T03:04:05Z");
        Resource dist = dataset.getPropertyResourceValue(DCAT.distribution);
        assertThat(dist.getPropertyResourceValue(DCAT.mediaType).getURI()).endsWith("application/n-quads");
        assertThat(dist.getPropertyResourceValue(DCAT.compressFormat).getURI()).endsWith("application/gzip");
        assertThat(dist.getPropertyResourceValue(DCAT.downloadURL).getURI()).isEqualTo("https://example.org/dump.nq.gz");
        assertThat(dist.getProperty(DCTerms.title).getString()).isEqualTo("dump.nq.gz");
    }

    private static long longOf(Resource r, org.apache.jena.rdf.model.Property p) {
        List<RDFNode> values = description.listObjectsOfProperty(r, p).toList();
        assertThat(values).as(r + " " + p).hasSize(1);
        return values.get(0).asLiteral().getLong();
    }

    private static long count(String query) {
        Dataset ds = store.dataset();
        return DumpRoundTripTest.count(ds, query);
    }
}
