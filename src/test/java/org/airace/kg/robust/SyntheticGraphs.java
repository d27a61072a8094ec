package org.airace.kg.robust;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * N-Quads shaped like the extractor's output (one contiguous run per source graph, the graph
 * declaring itself an air:Source) but of known, different sizes, so a test can tell a complete
 * graph from a partial one by its quad count.
 */
public final class SyntheticGraphs {

    private static final String AIR = "https://w3id.org/airace/ontology#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private SyntheticGraphs() {}

    public static String graphIri(int i) {
        return String.format("https://w3id.org/airace/id/source/synthetic%05d", i);
    }

    /** Quads in graph {@code i}: its type triple and two per mention. */
    public static long quadsIn(int i) {
        return 1 + 2L * mentionsIn(i);
    }

    private static int mentionsIn(int i) {
        return 40 + (i * 7919) % 160;
    }

    /** Writes {@code graphs} graphs and returns each graph's IRI with its quad count, in file order. */
    public static Map<String, Long> write(Path file, int graphs) throws IOException {
        Map<String, Long> expected = new LinkedHashMap<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < graphs; i++) {
                String g = "<" + graphIri(i) + ">";
                out.write(g + " <" + RDF_TYPE + "> <" + AIR + "Source> " + g + " .\n");
                for (int m = 0; m < mentionsIn(i); m++) {
                    String mention = "<" + graphIri(i) + "/mention/" + m + ">";
                    out.write(mention + " <" + AIR + "anchorText> \"提及" + m + "\" " + g + " .\n");
                    out.write(mention + " <" + AIR + "begin> \"" + m + "\"^^<http://www.w3.org/2001/XMLSchema#integer> " + g + " .\n");
                }
                expected.put(graphIri(i), quadsIn(i));
            }
        }
        return expected;
    }
}
