package org.airace.kg.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;

/**
 * The syntaxes a dump can be written in, with what each can hold.
 *
 * <p>Quad syntaxes (N-Quads, TriG, JSON-LD as a dataset) keep the store's named graphs: one per source
 * document, the ontology graph, and the description in a graph of its own. Triple syntaxes (Turtle,
 * N-Triples, RDF/XML) cannot name graphs: they hold the union of all graphs with each distinct triple
 * once, plus the description.
 *
 * <p>Streaming syntaxes are written quad by quad straight from the store; the others need the whole
 * dump in memory first (Jena's JSON-LD 1.1 and RDF/XML writers work on a complete dataset or graph).
 */
public enum DumpFormat {
    NQUADS("nquads", "nq", "application/n-quads", true, true, RDFFormat.NQUADS),
    TRIG("trig", "trig", "application/trig", true, true, RDFFormat.TRIG_BLOCKS),
    TURTLE("turtle", "ttl", "text/turtle", false, true, RDFFormat.TURTLE_BLOCKS),
    NTRIPLES("ntriples", "nt", "application/n-triples", false, true, RDFFormat.NTRIPLES),
    JSONLD("jsonld", "jsonld", "application/ld+json", true, false, RDFFormat.JSONLD11_PLAIN),
    RDFXML("rdfxml", "rdf", "application/rdf+xml", false, false, RDFFormat.RDFXML_PLAIN);

    private final String cliName;
    private final String extension;
    private final String mediaType;
    private final boolean keepsGraphs;
    private final boolean streams;
    private final RDFFormat jenaFormat;

    DumpFormat(String cliName, String extension, String mediaType, boolean keepsGraphs, boolean streams,
               RDFFormat jenaFormat) {
        this.cliName = cliName;
        this.extension = extension;
        this.mediaType = mediaType;
        this.keepsGraphs = keepsGraphs;
        this.streams = streams;
        this.jenaFormat = jenaFormat;
    }

    /** The format a command-line name (nquads, trig, turtle, ntriples, jsonld, rdfxml) stands for. */
    public static DumpFormat named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (DumpFormat f : values())
            if (f.cliName.equals(wanted) || f.extension.equals(wanted))
                return f;
        throw new IllegalArgumentException("unknown dump format '" + name + "'; expected one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(DumpFormat::cliName).collect(Collectors.joining(", "));
    }

    public String cliName() {
        return cliName;
    }

    /** File extension without the dot (before any .gz). */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the syntax carries graph names (and so the store's layout of one graph per document). */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** Whether the dump is written as it is read, without holding it in memory. */
    public boolean streams() {
        return streams;
    }

    RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /** Default dump file name: {@code airace.EXT}, with {@code .gz} when compressed. */
    public String defaultFileName(boolean gzip) {
        return "airace." + extension + (gzip ? ".gz" : "");
    }
}
