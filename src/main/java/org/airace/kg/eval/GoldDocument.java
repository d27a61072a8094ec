package org.airace.kg.eval;

import java.math.BigDecimal;
import java.util.List;

/**
 * One hand-annotated document in the format of {@code shared/eval/GOLD_FORMAT.md}. Gold gives text,
 * never offsets; the scorer locates each item in the document. Missing arrays read as empty lists so
 * that an annotator may leave out categories they did not annotate.
 */
public record GoldDocument(
        String doc,
        GoldMetadata metadata,
        List<GoldEntity> entities,
        List<GoldQuantity> quantities,
        List<GoldDate> dates,
        List<GoldClaim> claims,
        List<GoldQuote> quotes) {

    public GoldDocument {
        metadata = metadata == null ? new GoldMetadata(null, List.of(), null, null, null, null) : metadata;
        entities = orEmpty(entities);
        quantities = orEmpty(quantities);
        dates = orEmpty(dates);
        claims = orEmpty(claims);
        quotes = orEmpty(quotes);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** What the text says about itself; every field may be null, authors may be empty. */
    public record GoldMetadata(String title, List<String> authors, String publisher, String date, String url, String language) {
        public GoldMetadata {
            authors = orEmpty(authors);
        }
    }

    /** A named thing: canonical name, other surface forms in the text, and a local name of {@code EntityType}. */
    public record GoldEntity(String name, List<String> aliases, String type, String note) {
        public GoldEntity {
            aliases = orEmpty(aliases);
        }
    }

    /** An amount: exact substring, value in the unit's base, gold unit code (TWD, percent, other:year ...). */
    public record GoldQuantity(String text, BigDecimal value, String unit, String about, Boolean approx) {}

    /** A date expression: exact substring and its value (YYYY, YYYY-MM, YYYY-MM-DD) or null when unresolvable. */
    public record GoldDate(String text, String value, Boolean relative) {}

    /** A claim sentence with its gold topic ({@code cost} or {@code chips}). */
    public record GoldClaim(String topic, String about, String speaker, String sentence) {}

    /** Reported words with who says them. */
    public record GoldQuote(String speaker, String cue, String text) {}
}
