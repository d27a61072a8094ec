package org.airace.kg.eval;

/**
 * One item the verbose report lists: a gold item the system missed, a predicted item gold does not
 * have, or a matched item with a wrong attribute.
 *
 * @param kind     MISS, SPURIOUS, MISTYPED or WRONG
 * @param category entity, quantity, date, claim, quote, metadata
 * @param item     the item as the user needs to find it ("康令斯 [Person]", "'3個' 3 Count")
 */
public record Finding(String kind, String category, String item) {

    public static final String MISS = "MISS";
    public static final String SPURIOUS = "SPURIOUS";
    public static final String MISTYPED = "MISTYPED";
    public static final String WRONG = "WRONG";

    @Override
    public String toString() {
        return kind + " " + category + " " + item;
    }
}
