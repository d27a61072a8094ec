package org.airace.kg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Words that Taiwan/Hong Kong and mainland news write differently (晶片 / 芯片), read from
 * {@code regional-terms.json} beside this class. Script folding alone cannot join them: they are
 * different characters, not different shapes of the same ones.
 */
final class RegionalTerms {
    private static final String RESOURCE = "regional-terms.json";
    private static final RegionalTerms SHIPPED = load();

    private final Map<String, String> variantToMainland;
    private final String digest;
    private final NormalizeCharMap charMap;

    private RegionalTerms(Map<String, String> variantToMainland, String digest) {
        this.variantToMainland = Map.copyOf(variantToMainland);
        this.digest = digest;
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        variantToMainland.forEach(builder::add);
        this.charMap = builder.build();
    }

    static RegionalTerms shipped() {
        return SHIPPED;
    }

    /** Variant (Simplified characters) to the mainland word that replaces it in the search view. */
    Map<String, String> variantToMainland() {
        return variantToMainland;
    }

    /** SHA-256 of the data file: an index built with other terms must be rebuilt. */
    String digest() {
        return digest;
    }

    /** The rewrite table for Lucene's MappingCharFilter (immutable, shared by all token streams). */
    NormalizeCharMap charMap() {
        return charMap;
    }

    private static RegionalTerms load() {
        try (InputStream in = RegionalTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + RegionalTerms.class.getName());
            byte[] bytes = in.readAllBytes();
            JsonNode root = new ObjectMapper().readTree(bytes);
            Map<String, String> map = new LinkedHashMap<>();
            for (JsonNode term : root.path("terms")) {
                String mainland = term.path("mainland").asText();
                for (JsonNode variant : term.path("variants")) {
                    String v = variant.asText();
                    if (!v.isEmpty() && !v.equals(mainland) && map.putIfAbsent(v, mainland) != null)
                        throw new IllegalStateException(RESOURCE + ": variant " + v + " is listed twice");
                }
            }
            return new RegionalTerms(map, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
