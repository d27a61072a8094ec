package org.airace.kg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airace.kg.annotate.EntityType;

/**
 * Reads one gold file. Tolerant of what annotators leave out (missing arrays, extra fields such as
 * notes), strict about what would silently spoil a score: an item without its text, an unknown
 * entity type. Every failure names the file.
 */
public final class GoldReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private GoldReader() {}

    public static GoldDocument read(Path file) throws IOException {
        GoldDocument gold;
        try {
            gold = MAPPER.readValue(Files.readAllBytes(file), GoldDocument.class);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, "malformed gold JSON: " + e.getOriginalMessage(), e);
        }
        if (gold == null) {
            throw new GoldFormatException(file, "empty gold file");
        }
        validate(file, gold);
        return gold;
    }

    private static void validate(Path file, GoldDocument gold) throws GoldFormatException {
        for (GoldDocument.GoldEntity e : gold.entities()) {
            require(file, e.name(), "entity without a name");
            require(file, e.type(), "entity " + e.name() + " without a type");
            try {
                EntityType.fromLocalName(e.type());
            } catch (IllegalArgumentException ex) {
                throw new GoldFormatException(file, "entity " + e.name() + " has unknown type " + e.type(), ex);
            }
        }
        for (GoldDocument.GoldQuantity q : gold.quantities()) {
            require(file, q.text(), "quantity without text");
            if (q.value() == null) {
                throw new GoldFormatException(file, "quantity '" + q.text() + "' without a value");
            }
        }
        for (GoldDocument.GoldDate d : gold.dates()) {
            require(file, d.text(), "date without text");
        }
        for (GoldDocument.GoldClaim c : gold.claims()) {
            require(file, c.sentence(), "claim without sentence");
        }
        for (GoldDocument.GoldQuote q : gold.quotes()) {
            require(file, q.text(), "quote without text");
        }
    }

    private static void require(Path file, String value, String problem) throws GoldFormatException {
        if (value == null || value.isBlank()) {
            throw new GoldFormatException(file, problem);
        }
    }
}
