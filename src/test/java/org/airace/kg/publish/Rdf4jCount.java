package org.airace.kg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/** Reads a dump with Eclipse RDF4J's parsers, an RDF implementation that shares no code with Jena. */
final class Rdf4jCount {
    private Rdf4jCount() {}

    static RDFFormat formatOf(DumpFormat format) {
        switch (format) {
            case NQUADS: return RDFFormat.NQUADS;
            case TRIG: return RDFFormat.TRIG;
            case TURTLE: return RDFFormat.TURTLE;
            case NTRIPLES: return RDFFormat.NTRIPLES;
            case JSONLD: return RDFFormat.JSONLD;
            case RDFXML: return RDFFormat.RDFXML;
            default: throw new IllegalArgumentException(format.toString());
        }
    }

    /** Every statement the parser reports, in order (repeats kept, so the caller can see them). */
    static List<Statement> parse(Path file, RDFFormat format) throws IOException {
        List<Statement> statements = new ArrayList<>();
        RDFParser parser = Rio.createParser(format);
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                statements.add(st);
            }
        });
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            parser.parse(in, "https://example.org/base/");
        }
        return statements;
    }

    static Set<Statement> distinct(List<Statement> statements) {
        return new HashSet<>(statements);
    }
}
