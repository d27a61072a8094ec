package org.airace.kg.annotate;

import java.math.BigDecimal;

/**
 * An amount the text states, normalised.
 *
 * @param value        the value in the unit's base (3500萬 -> 35000000); for approximations the lower bound
 * @param unit         local name of an air:Unit individual: an ISO 4217 code (USD, TWD, CNY, EUR, JPY ...),
 *                     Percent, Count, Watt, KiloWatt, MegaWatt, GigaWatt, Year, Month, Week, Day, Hour, Minute,
 *                     Ratio, Multiple, Parameter, or Other
 * @param approximate  the text marks it as approximate (約, 近, 超過, 數十 ...)
 * @param measureWord  the measure word of a count (個, 顆, 家), or null
 * @param counted      the noun a count counts (關鍵技術領域), or null
 * @param equivalentTo index, in the document's quantity list, of an amount the text gives as this one's
 *                     conversion (3500萬台幣(約107萬美金)), or -1
 * @param about        the span of what it measures when the sentence makes that clear, or null
 */
public record Quantity(
        Span span,
        String text,
        BigDecimal value,
        String unit,
        boolean approximate,
        String measureWord,
        String counted,
        int equivalentTo,
        Span about) {}
