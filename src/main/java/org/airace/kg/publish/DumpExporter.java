package org.airace.kg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Exports a store as one dump file plus its VoID/DCAT description as a Turtle file beside it
 * ({@code DUMP.void.ttl}). Survey, description and dump are made in one read transaction, so the
 * description's figures are those of the snapshot that was written, even while loads go on.
 */
public final class DumpExporter {
    private final DescriptionTemplate template;
    private final Clock clock;

    public DumpExporter(DescriptionTemplate template, Clock clock) {
        this.template = template;
        this.clock = clock;
    }

    /**
     * @param out         the dump file (replaced when present; written beside it and moved into place)
     * @param downloadUrl where the dump will be published (stated in the description), or null
     */
    public ExportResult export(TdbStore store, DumpFormat format, boolean gzip, Path out, String downloadUrl) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Path sidecar = descriptionFileFor(out);
        return Txn.calculateRead(dsg, () -> {
            StoreStatistics stats = StoreSurvey.of(dsg);
            Graph description = DatasetDescription.build(template, stats, format, gzip,
                    out.getFileName().toString(), downloadUrl, clock.instant());
            DumpWriter writer = new DumpWriter(dsg, description, template.prefixes());
            long[] written = new long[1];
            try {
                AtomicFile.write(out, gzip, o -> written[0] = writer.write(format, o));
                AtomicFile.write(sidecar, false, o -> RDFDataMgr.write(o, description, RDFFormat.TURTLE_PRETTY));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
            }
            long expected = writer.expected(format, stats);
            if (written[0] != expected)
                throw new IllegalStateException("wrote " + written[0] + " statements, the store figures say " + expected);
            return new ExportResult(out, sidecar, format, written[0], description.size(), stats);
        });
    }

    /**
     * {@code airace.nq.gz} -> {@code airace.nq.void.ttl}: the dump's name without {@code .gz}, plus
     * {@code .void.ttl}; the format stays in the name so dumps of one store in several formats each
     * keep their own description (each names its own distribution).
     */
    public static Path descriptionFileFor(Path dump) {
        String name = dump.getFileName().toString();
        if (name.endsWith(".gz"))
            name = name.substring(0, name.length() - 3);
        return dump.resolveSibling(name + ".void.ttl");
    }
}
