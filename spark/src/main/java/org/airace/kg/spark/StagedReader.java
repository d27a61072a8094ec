package org.airace.kg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.airace.kg.source.Document;
import org.airace.kg.source.ReadResult;
import org.airace.kg.source.SidecarReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Reads a document from any Hadoop file system exactly as the CLI reads a local file: its bytes (and
 * its NAME.meta.json sidecar, when there is one) are staged under the same name in a private local
 * folder and read with the CLI's DocumentReader, so encoding detection, headers, sidecar overlay and
 * the content id all agree. The staged copy is deleted at once.
 */
final class StagedReader {

    private StagedReader() {}

    static ReadResult read(String uri, byte[] bytes, Configuration conf) {
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("airace-stage-");
            Path local = folder.resolve(source.getName());
            Files.write(local, bytes);
            stageSidecar(source, local, conf);
            ReadResult read = ExecutorPipeline.get().reader.readWithWarnings(local);
            Document d = read.document();
            // The path is where the text came from, not the staging copy (the graph records the file name only).
            return new ReadResult(new Document(d.id(), d.fileName(), Path.of(source.toUri().getPath()), d.text(),
                    d.metadata(), d.charset()), read.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + uri, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void stageSidecar(org.apache.hadoop.fs.Path source, Path local, Configuration conf) throws IOException {
        String sidecarName = SidecarReader.sidecarOf(local).getFileName().toString();
        org.apache.hadoop.fs.Path sidecar = new org.apache.hadoop.fs.Path(source.getParent(), sidecarName);
        FileSystem fs = sidecar.getFileSystem(conf);
        if (!fs.exists(sidecar)) return;
        try (InputStream in = fs.open(sidecar)) {
            Files.copy(in, local.resolveSibling(sidecarName));
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover in the temp folder is harmless
        }
    }
}
