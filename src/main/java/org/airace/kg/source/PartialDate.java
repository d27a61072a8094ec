package org.airace.kg.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date known to year, month or day precision. News text says "2025", "2025年2月" or
 * "2025年2月20日"; keeping the precision lets the RDF layer type the value as xsd:gYear,
 * xsd:gYearMonth or xsd:date instead of inventing a day that the text never gave.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            // Throws DateTimeException for 2025-02-30 and the like.
            LocalDate.of(year, month, day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses the lexical forms of xsd:gYear, xsd:gYearMonth and xsd:date (no time zone). */
    public static PartialDate parse(String lexical) {
        Objects.requireNonNull(lexical, "lexical");
        String[] parts = lexical.trim().split("-");
        try {
            return switch (parts.length) {
                case 1 -> ofYear(Integer.parseInt(parts[0]));
                case 2 -> ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> ofDay(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("not a date: " + lexical);
            };
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + lexical, e);
        }
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date covers; used as the anchor for resolving relative expressions. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** ISO lexical form at this precision: 2025, 2025-02 or 2025-02-20. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) return c;
        c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        if (c != 0) return c;
        return Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
    }
}
