package org.airace.kg.annotate.quantity;

import java.math.BigDecimal;

/**
 * A number read from the matching view.
 *
 * @param begin          first char of the number
 * @param end            one past its last char
 * @param value          the value; a range or vague numeral gives its lower bound
 * @param approximate    vague (数十, 几), a range (两三千) or "多" inside (3000多万)
 * @param arabic         written (at least partly) with Arabic digits
 * @param multiplied     a multiplier char (十百千万亿兆) took part
 * @param sequenceDigits count of digits written one after another without multipliers (2025, 二〇二五);
 *                       0 when multipliers or separators take part
 * @param vagueOnly      the number is a bare vague numeral (几, 数)
 * @param one            the number is exactly the character 一 (usually an article, not a count)
 * @param bareMultiplier the number is a single 十, 百 or 千 (十大, 百强)
 */
public record ParsedNumber(
        int begin,
        int end,
        BigDecimal value,
        boolean approximate,
        boolean arabic,
        boolean multiplied,
        int sequenceDigits,
        boolean vagueOnly,
        boolean one,
        boolean bareMultiplier) {

    /** Written like a calendar year: four digits in a row, 1000 to 2999. */
    public boolean yearLike() {
        return sequenceDigits == 4 && value.compareTo(BigDecimal.valueOf(1000)) >= 0
                && value.compareTo(BigDecimal.valueOf(2999)) <= 0;
    }
}
