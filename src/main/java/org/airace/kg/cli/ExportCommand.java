package org.airace.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.airace.kg.publish.DescriptionTemplate;
import org.airace.kg.publish.DumpExporter;
import org.airace.kg.publish.DumpFormat;
import org.airace.kg.publish.ExportResult;
import org.airace.kg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as a dump with its VoID/DCAT description (also written beside it as DUMP.void.ttl, DUMP without .gz).",
                "nquads, trig and jsonld keep one named graph per source document; turtle, ntriples and rdfxml hold the",
                "union of all graphs, each triple once. jsonld and rdfxml are built in memory first."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "nquads",
            description = "nquads, trig, turtle, ntriples, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-z", "--gzip"}, description = "Compress the dump with gzip (adds .gz to the default name).")
    boolean gzip;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Dump file (default: airace.EXT[.gz] in the current folder).")
    Path out;

    @Option(names = "--description", paramLabel = "FILE",
            description = "Template of the dataset description: title, licence, prefixes (default: the bundled ontology/dataset.ttl).")
    Path template;

    @Option(names = "--download-url", paramLabel = "URL", description = "Where the dump will be published, stated as dcat:downloadURL and void:dataDump.")
    String downloadUrl;

    @Override
    public Integer call() {
        DumpFormat dumpFormat = DumpFormat.named(format);
        Path dir = store.store();
        if (!Files.isDirectory(dir)) {
            System.err.println("airace export: no store at " + dir + " (load one with `airace load`)");
            return 1;
        }
        Path target = out != null ? out : Path.of(dumpFormat.defaultFileName(gzip));
        DescriptionTemplate description = template != null ? DescriptionTemplate.read(template) : DescriptionTemplate.bundled();
        try (TdbStore tdb = TdbStore.open(dir)) {
            ExportResult result = new DumpExporter(description, Clock.systemUTC()).export(tdb, dumpFormat, gzip, target, downloadUrl);
            System.err.println(result.summary());
        }
        return 0;
    }
}
