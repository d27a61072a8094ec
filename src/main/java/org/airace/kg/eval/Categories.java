package org.airace.kg.eval;

import org.airace.kg.annotate.EntityType;

/** Names of the report's rows, shared by the scorers, the report and its readers. */
public final class Categories {

    public static final String ENTITIES = "entities";
    public static final String ENTITIES_TYPED = "entities+type";
    public static final String QUANTITIES = "quantities";
    public static final String DATES = "dates";
    public static final String CLAIMS = "claims";
    public static final String QUOTES = "quotes";
    public static final String METADATA = "metadata";

    public static final String DATE_VALUES = "date values";
    public static final String QUOTE_SPEAKERS = "quote speakers";

    private Categories() {}

    /** Prefix of the per-type rows. */
    public static final String TYPE_PREFIX = "type:";

    /** The per-type row: entities matched by name and type, restricted to one gold/system type. */
    public static String ofType(EntityType type) {
        return TYPE_PREFIX + type.localName();
    }
}
