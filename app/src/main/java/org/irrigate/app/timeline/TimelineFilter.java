package org.irrigate.app.timeline;

import java.time.Instant;
import java.time.LocalDate;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.Viewer;

/**
 * What a reader asks of the timeline. Happened-between filters on valid time, recorded-between on record time;
 * the viewer comes from the sign-in, never from the request. {@code knownOn} is "as known on" at an instant (entries
 * and corrections recorded later are left out); {@code asOf} is "as it was on" a day (entries that happened after it
 * are left out), the journeys API's two time-travel parameters.
 */
public record TimelineFilter(String organisation, String person, String place, String eventType, String module,
                             LocalDate happenedFrom, LocalDate happenedTo, LocalDate recordedFrom,
                             LocalDate recordedTo, Instant knownOn, LocalDate asOf, boolean newestFirst, int page,
                             int size, Viewer viewer) {
    public static final int MAX_SIZE = 500;

    public TimelineFilter {
        InvalidInputException.require(page >= 0, "page", "must not be negative");
        InvalidInputException.require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        InvalidInputException.require(happenedFrom == null || happenedTo == null || !happenedTo.isBefore(happenedFrom),
                "happenedTo", "must not be before happenedFrom");
        InvalidInputException.require(recordedFrom == null || recordedTo == null || !recordedTo.isBefore(recordedFrom),
                "recordedTo", "must not be before recordedFrom");
        InvalidInputException.require(eventType == null || eventType.matches("[A-Za-z]{1,100}"), "eventType",
                "must be an event name such as OrganisationRegistered");
        InvalidInputException.require(module == null || module.matches("[a-z]{1,30}"), "module",
                "must be a module name such as core or influence");
    }

    public static TimelineFilter everything(int size) {
        return new TimelineFilter(null, null, null, null, null, null, null, null, null, null, null, false, 0, size,
                new Viewer("system", null, true));
    }
}
