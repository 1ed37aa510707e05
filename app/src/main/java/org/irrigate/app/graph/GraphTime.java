package org.irrigate.app.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.irrigate.core.api.InvalidInputException;

/**
 * The two axes a graph is asked on: {@code asOf}, the day in the world (as it was on), and {@code knownOn}, the
 * record time (as known on). A bare date for knownOn means everything recorded by the end of that day (UTC).
 */
final class GraphTime {
    private GraphTime() {
    }

    static Instant knownOn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("T") ? Instant.parse(text.strip())
                    : LocalDate.parse(text.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .minusNanos(1_000);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("knownOn", "must be a date (2023-03-01) or an instant "
                    + "(2023-03-01T12:00:00Z)");
        }
    }
}
