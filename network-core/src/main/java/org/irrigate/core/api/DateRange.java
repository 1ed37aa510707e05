package org.irrigate.core.api;

import java.time.LocalDate;

/** An inclusive span of days; an open end ({@code to == null}) means "still going". */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        InvalidInputException.require(from != null, "from", "is required");
        InvalidInputException.require(to == null || !to.isBefore(from), "to", "must not be before 'from'");
    }

    public static DateRange openFrom(LocalDate from) {
        return new DateRange(from, null);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean isOpen() {
        return to == null;
    }

    public DateRange endingOn(LocalDate end) {
        return new DateRange(from, end);
    }
}
