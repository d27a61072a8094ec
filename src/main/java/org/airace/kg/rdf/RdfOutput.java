package org.airace.kg.rdf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * A streaming RDF sink chosen by file name: {@code .nq} (N-Quads, the default), {@code .trig},
 * {@code .ttl} or {@code .nt}, each optionally followed by {@code .gz}.
 *
 * <p>Turtle and N-Triples cannot name graphs: they receive every graph's triples with the graph
 * names dropped, which loses which document a statement came from (air:inSource still says it for
 * annotations). Use N-Quads or TriG to keep the one-graph-per-document layout.
 *
 * <p>Usage: {@code try (RdfOutput out = RdfOutput.open(path)) { mapper.map(doc, out.stream()); }}.
 */
public final class RdfOutput implements AutoCloseable {

    public enum Syntax {
        NQUADS(RDFFormat.NQUADS, true),
        TRIG(RDFFormat.TRIG_BLOCKS, true),
        TURTLE(RDFFormat.TURTLE_BLOCKS, false),
        NTRIPLES(RDFFormat.NTRIPLES, false);

        final RDFFormat format;
        /** Whether the syntax can carry graph names. */
        public final boolean quads;

        Syntax(RDFFormat format, boolean quads) {
            this.format = format;
            this.quads = quads;
        }
    }

    private final OutputStream sink;
    private final Syntax syntax;
    private final boolean closeSink;
    private final StreamRDF stream;
    private boolean closed;

    private RdfOutput(OutputStream sink, boolean closeSink, Syntax syntax) {
        this.sink = sink;
        this.syntax = syntax;
        this.closeSink = closeSink;
        StreamRDF writer = StreamRDFWriter.getWriterStream(sink, syntax.format);
        this.stream = syntax.quads ? writer : new DropGraphNames(writer);
        stream.start();
        prefixes(stream);
    }

    /** The syntax a file name asks for; N-Quads when the extension is not one of the known ones. */
    public static Syntax syntaxOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".trig")) return Syntax.TRIG;
        if (name.endsWith(".ttl")) return Syntax.TURTLE;
        if (name.endsWith(".nt")) return Syntax.NTRIPLES;
        return Syntax.NQUADS;
    }

    public static boolean gzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Opens {@code file} for writing (replacing it) in the syntax its name asks for, gzipped when it ends in .gz. */
    public static RdfOutput open(Path file) throws IOException {
        return open(file, file.getFileName().toString());
    }

    /**
     * Opens {@code file} in the syntax {@code name} asks for: lets a writer fill a temporary file
     * that is moved to its real name once complete.
     */
    public static RdfOutput open(Path file, String name) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (gzipped(name)) out = new GZIPOutputStream(out, 1 << 16);
        return new RdfOutput(out, true, syntaxOf(name));
    }

    /** Writes to a stream the caller owns (standard output): flushed on close, not closed. */
    public static RdfOutput to(OutputStream out, Syntax syntax) {
        return new RdfOutput(out, false, syntax);
    }

    /** The started stream to send quads to. */
    public StreamRDF stream() {
        return stream;
    }

    /**
     * Whether {@link #format} can prepare this output's text elsewhere: true for N-Quads and N-Triples.
     * Their Jena writer is stateless, statement by statement (no prefixes; a blank node is written as
     * its own label, encoded), so a document's text does not depend on what was written before it.
     * Formatting terms is most of the cost of writing them; the threads that map documents to quads
     * can then also format them, in parallel, and the writing thread only copies bytes.
     */
    public boolean formatsLineByLine() {
        return syntax == Syntax.NQUADS || syntax == Syntax.NTRIPLES;
    }

    /**
     * The text this output writes for {@code quads}, made by the same Jena writer, for
     * {@link #writeFormatted}; null for a syntax whose text depends on what came before (TriG, Turtle:
     * send those quads to {@link #stream()}). Use one or the other for the whole output, not both.
     */
    public byte[] format(List<Quad> quads) {
        if (!formatsLineByLine()) return null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160);
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, syntax.format);
        StreamRDF lines = syntax.quads ? writer : new DropGraphNames(writer);
        lines.start();
        quads.forEach(lines::quad);
        lines.finish();
        return bytes.toByteArray();
    }

    /** Writes text {@link #format} made, after everything written before it. */
    public void writeFormatted(byte[] text) {
        try {
            sink.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        stream.finish();
        try {
            if (closeSink) sink.close();
            else sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prefixes(StreamRDF s) {
        s.prefix("air", AIR.NS);
        s.prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        s.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        s.prefix("owl", "http://www.w3.org/2002/07/owl#");
        s.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        s.prefix("skos", "http://www.w3.org/2004/02/skos/core#");
        s.prefix("dcterms", "http://purl.org/dc/terms/");
        s.prefix("schema", DocumentGraphMapper.SCHEMA);
        s.prefix("prov", DocumentGraphMapper.PROV);
        s.prefix("wd", DocumentGraphMapper.WD);
    }

    /** Passes quads on as triples, for syntaxes without graphs. */
    private static final class DropGraphNames extends StreamRDFWrapper {
        DropGraphNames(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }
    }
}
