package org.airace.kg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.airace.kg.cli.Main;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airace export} as users run it: options, file names, replacement of an old dump, errors. */
class ExportCommandTest {
    @TempDir
    static Path tmp;
    static TdbStore store;

    @BeforeAll
    static void store() throws Exception {
        store = ExportStore.shared();
    }

    @Test
    void replacesAnOldDumpAndWritesTheDescriptionBesideIt() throws Exception {
        Path out = tmp.resolve("out").resolve("graph.trig.gz");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an older, broken dump");

        int rc = Main.execute("export", "--store", store.location().toString(), "--format", "trig", "--gzip", "--out", out.toString());

        assertThat(rc).isZero();
        Dataset read = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFDataMgr.read(read, in, Lang.TRIG);
        }
        assertThat(read.containsNamedModel(DumpWriter.DESCRIPTION_GRAPH)).isTrue();
        assertThat(read.containsNamedModel(TdbStore.ONTOLOGY_GRAPH)).isTrue();
        assertThat(tmp.resolve("out").resolve("graph.trig.void.ttl")).isRegularFile();
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("graph.trig.gz", "graph.trig.void.ttl");
        }
    }

    @Test
    void aGzippedDumpLoadsIntoANewStoreWithTheSameQuads() {
        Path out = tmp.resolve("reload").resolve("airace.nq.gz");
        assertThat(Main.execute("export", "--store", store.location().toString(), "--gzip", "--out", out.toString())).isZero();
        Path copy = tmp.resolve("reload").resolve("tdb2");

        assertThat(Main.execute("load", "--store", copy.toString(), out.toString())).isZero();

        try (TdbStore loaded = TdbStore.open(copy)) {
            String description = DistinctTriples.DESCRIPTION_GRAPH;
            // The store's default-graph triples land in the shared graph of the new store: compare all statements.
            assertThat(loaded.quadCount() - loaded.quadCount(description))
                    .isEqualTo(store.quadCount() - store.quadCount(description));
            assertThat(loaded.sourceGraphs()).isEqualTo(store.sourceGraphs());
            assertThat(loaded.quadCount(description)).isPositive();
        }
    }

    @Test
    void unknownFormatAndMissingStoreFail() {
        Path out = tmp.resolve("never.nq");
        assertThat(Main.execute("export", "--store", store.location().toString(), "--format", "csv", "--out", out.toString()))
                .isNotZero();
        assertThat(Main.execute("export", "--store", tmp.resolve("no-such-store").toString(), "--out", out.toString()))
                .isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("no-such-store")).doesNotExist();
    }

    @Test
    void defaultFileNamesFollowTheFormat() {
        assertThat(DumpFormat.named("jsonld").defaultFileName(false)).isEqualTo("airace.jsonld");
        assertThat(DumpFormat.named("NT").defaultFileName(true)).isEqualTo("airace.nt.gz");
        assertThat(DumpExporter.descriptionFileFor(Path.of("d", "airace.rdf.gz")).getFileName().toString()).isEqualTo("airace.rdf.void.ttl");
    }
}
