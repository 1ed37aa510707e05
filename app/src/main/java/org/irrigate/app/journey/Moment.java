package org.irrigate.app.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.irrigate.core.api.InvalidInputException;

/**
 * When a question is asked from. {@code knownOn}: as the network knew it at that record time (entries and
 * corrections recorded later are ignored). {@code asOf}: as it was on that day in the world (valid time), with
 * everything known now unless {@code knownOn} is given too. Both null: now.
 */
public record Moment(Instant knownOn, LocalDate asOf) {
    public static final Moment NOW = new Moment(null, null);

    /**
     * Reads the request parameters: {@code knownOn} as an instant ({@code 2023-03-15T12:00:00Z}) or a day, meaning
     * the end of that day (UTC), like the timeline's {@code recordedTo}.
     */
    public static Moment of(String knownOn, LocalDate asOf) {
        return new Moment(knownOn(knownOn), asOf);
    }

    public static Instant knownOn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("T") ? Instant.parse(text.strip())
                    : LocalDate.parse(text.strip()).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("knownOn", "must be an instant (2023-03-15T12:00:00Z) or a date (2023-03-15)");
        }
    }

    /** The day "today" stands for in lead times and role endings: the day asked about, else today. */
    public LocalDate day(LocalDate today) {
        return asOf != null ? asOf : today;
    }
}
