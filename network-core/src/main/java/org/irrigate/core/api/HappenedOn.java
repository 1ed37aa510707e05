package org.irrigate.core.api;

import java.time.LocalDate;

/** Valid-time rules shared by every request: something that happened cannot have happened after today. */
public final class HappenedOn {
    private HappenedOn() {
    }

    /** The given day, or today when none is given; never a day in the future. */
    public static LocalDate orToday(LocalDate day) {
        LocalDate today = LocalDate.now();
        LocalDate result = day == null ? today : day;
        InvalidInputException.require(!result.isAfter(today), "happenedOn", "must not be in the future");
        return result;
    }
}
