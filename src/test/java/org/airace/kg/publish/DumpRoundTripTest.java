package org.airace.kg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dump format, plain and gzipped, read back by RDF4J: the statement count equals what the store
 * holds for that format (counted with SPARQL over the store), plus the description.
 */
class DumpRoundTripTest {
    static final Instant EXPORT_TIME = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    static Path tmp;
    static TdbStore store;
    static long storeQuads;
    static long storeDistinctTriples;

    @BeforeAll
    static void buildStore() throws Exception {
        store = ExportStore.shared();
        storeQuads = count(store.dataset(), "SELECT (COUNT(*) AS ?n) " + ExportStore.ALL);
        storeDistinctTriples = count(store.dataset(), "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o " + ExportStore.ALL + " }");
    }

    static Stream<Arguments> formats() {
        return Stream.of(DumpFormat.values()).flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
    }

    @ParameterizedTest(name = "{0} gzip={1}")
    @MethodSource("formats")
    void dumpReadByRdf4jHoldsWhatTheStoreHolds(DumpFormat format, boolean gzip) throws Exception {
        Path out = tmp.resolve("dumps-" + format + "-" + gzip).resolve(format.defaultFileName(gzip));
        ExportResult result = exporter().export(store, format, gzip, out, null);

        List<Statement> dump = Rdf4jCount.parse(out, Rdf4jCount.formatOf(format));
        Set<Statement> description = Rdf4jCount.distinct(Rdf4jCount.parse(result.description(), RDFFormat.TURTLE));
        long expected = (format.keepsGraphs() ? storeQuads : storeDistinctTriples) + description.size();

        assertThat(dump).as("statements RDF4J read").hasSize((int) expected);
        assertThat(Rdf4jCount.distinct(dump)).as("no statement twice").hasSize(dump.size());
        assertThat(result.statements()).as("statements the exporter counted").isEqualTo(expected);
        assertThat(description).as("the description states figures").hasSizeGreaterThan(20);
        assertThat(dump).as("the store's stale description is left out").noneMatch(st -> st.getObject().stringValue().equals("stale"));
        if (format.keepsGraphs()) {
            Resource descriptionGraph = org.eclipse.rdf4j.model.util.Values.iri(DumpWriter.DESCRIPTION_GRAPH);
            assertThat(dump.stream().filter(st -> descriptionGraph.equals(st.getContext())).count())
                    .as("description in its own graph").isEqualTo(description.size());
            assertThat(dump.stream().filter(st -> st.getContext() == null).count())
                    .as("default-graph statements stay in the default graph").isEqualTo(2);
            long graphs = dump.stream().map(Statement::getContext).filter(c -> c != null).distinct().count();
            assertThat(graphs).as("named graphs: the store's, its stale description replaced by the new one")
                    .isEqualTo(store.graphNames().size());
            assertThat(store.graphNames()).contains(DumpWriter.DESCRIPTION_GRAPH);
            if (format.streams()) {
                long runs = 1;
                for (int i = 1; i < dump.size(); i++)
                    if (!java.util.Objects.equals(dump.get(i).getContext(), dump.get(i - 1).getContext())) runs++;
                assertThat(runs).as("each graph in one piece, so a graph-by-graph loader keeps all of it").isEqualTo(graphs + 1);
            }
        } else {
            assertThat(dump).allMatch(st -> st.getContext() == null);
        }
        assertThat(Files.list(out.getParent())).noneMatch(p -> p.toString().endsWith(".partial"));
    }

    static DumpExporter exporter() {
        return new DumpExporter(DescriptionTemplate.bundled(), Clock.fixed(EXPORT_TIME, ZoneOffset.UTC));
    }

    static long count(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
