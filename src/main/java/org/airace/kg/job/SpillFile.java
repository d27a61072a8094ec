package org.airace.kg.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file that holds records put aside during a run: any thread appends a record and gets
 * its place back; records are read back by place, in any order. The file is deleted on close (and,
 * should the JVM stop first, on exit).
 */
final class SpillFile implements AutoCloseable {

    /** Where a record stands in the file. */
    record Place(long offset, int length) {}

    private final Path path;
    private final FileChannel channel;
    private long end;

    SpillFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.path = Files.createTempFile(folder, ".airace-spill-", ".tmp");
        path.toFile().deleteOnExit();
        this.channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    Path path() {
        return path;
    }

    Place append(byte[] record) {
        long at;
        synchronized (this) {
            at = end;
            end += record.length;
        }
        // Each writer owns its reserved range, so the writes themselves need no lock.
        write(ByteBuffer.wrap(record), at);
        return new Place(at, record.length);
    }

    byte[] read(Place place) {
        ByteBuffer buf = ByteBuffer.allocate(place.length());
        try {
            long at = place.offset();
            while (buf.hasRemaining()) {
                int n = channel.read(buf, at);
                if (n < 0) throw new IOException("spill file ends early at " + at);
                at += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + path, e);
        }
        return buf.array();
    }

    private void write(ByteBuffer buf, long at) {
        try {
            while (buf.hasRemaining()) {
                at += channel.write(buf, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
