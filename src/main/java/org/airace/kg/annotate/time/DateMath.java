package org.airace.kg.annotate.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.airace.kg.source.PartialDate;

/** Calendar arithmetic on partial dates, keeping no more precision than both ends share. */
final class DateMath {

    private DateMath() {}

    /** The precision both dates share: 2024-04 and 2024-07 give 2024. */
    static PartialDate common(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.year() != b.year()) {
            return null;
        }
        if (a.month() == null || b.month() == null || !a.month().equals(b.month())) {
            return PartialDate.ofYear(a.year());
        }
        if (a.day() == null || b.day() == null || !a.day().equals(b.day())) {
            return PartialDate.ofMonth(a.year(), a.month());
        }
        return a;
    }

    /**
     * {@code anchor} shifted by {@code amount} units, at the unit's precision (weeks give a month);
     * null when the result leaves the years a {@link PartialDate} can hold ("七亿年后" is text, not a date).
     */
    static PartialDate shift(PartialDate anchor, String unit, long amount) {
        if (anchor == null) {
            return null;
        }
        try {
            return shiftWithinCalendar(anchor, unit, amount);
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException outOfRange) {
            return null;
        }
    }

    private static PartialDate shiftWithinCalendar(PartialDate anchor, String unit, long amount) {
        LocalDate d = anchor.firstDay();
        switch (unit) {
            case "YEAR":
                return PartialDate.ofYear(Math.toIntExact(Math.addExact((long) anchor.year(), amount)));
            case "MONTH":
                if (anchor.month() == null) {
                    return null;
                }
                LocalDate m = d.plusMonths(amount);
                return PartialDate.ofMonth(m.getYear(), m.getMonthValue());
            case "WEEK":
                if (anchor.day() == null) {
                    return null;
                }
                LocalDate w = d.plusWeeks(amount);
                return PartialDate.ofMonth(w.getYear(), w.getMonthValue());
            case "DAY":
                if (anchor.day() == null) {
                    return null;
                }
                return PartialDate.of(d.plusDays(amount));
            default:
                return null;
        }
    }

    static PartialDate safe(int year, Integer month, Integer day) {
        try {
            return new PartialDate(year, month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
