package org.airace.kg.annotate;

import org.airace.kg.source.PartialDate;

/**
 * A date expression in the text.
 *
 * @param value    the calendar date it denotes, at the precision the text gives; null when it
 *                 cannot be resolved (a relative date in a source without a date)
 * @param relative it is relative to the publication date (今年一月, 去年5月, 上周)
 */
public record TimeExpression(Span span, String text, PartialDate value, boolean relative) {}
