package org.airace.kg.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a file under a {@code .partial} name beside its target and moves it into place only when it
 * is complete, so a reader never sees half a dump and a failed export leaves the previous one intact.
 */
final class AtomicFile {
    private AtomicFile() {}

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path target, boolean gzip, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null)
            Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                 OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
                writer.write(out);
            }
            move(partial, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
