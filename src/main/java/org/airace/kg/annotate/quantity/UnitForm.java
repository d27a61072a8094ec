package org.airace.kg.annotate.quantity;

import java.math.BigDecimal;

/**
 * A surface form that names a unit after (or before) a number.
 *
 * @param form              the form in the matching view
 * @param unit              local name of the unit (USD, Percent, GigaWatt, Year, Parameter ...)
 * @param factor            multiplies the number (7B -> 7e9), 1 for most forms
 * @param asciiWord         the form is a Latin word: it must not run on into more letters
 * @param arabicOnly        only after Arabic digits (7B, not 七B)
 * @param durationOnlyVague only after a bare vague numeral (数月): digits + 月 are a date
 * @param singleChineseDigit only after one Chinese digit (八成)
 */
public record UnitForm(String form, String unit, BigDecimal factor, boolean asciiWord, boolean arabicOnly,
        boolean durationOnlyVague, boolean singleChineseDigit) {}
