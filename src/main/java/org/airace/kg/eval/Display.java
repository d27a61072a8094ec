package org.airace.kg.eval;

import java.math.BigDecimal;

/** How findings show values and long texts: short enough for one line, exact enough to search for. */
final class Display {

    private static final int MAX_TEXT = 40;

    private Display() {}

    static String quoted(String text) {
        if (text == null) {
            return "''";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return "'" + (oneLine.length() > MAX_TEXT ? oneLine.substring(0, MAX_TEXT) + "…" : oneLine) + "'";
    }

    static String number(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
