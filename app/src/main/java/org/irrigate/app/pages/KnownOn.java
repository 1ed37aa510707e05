package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import org.irrigate.app.journey.Moment;

/**
 * A researcher's "as known on" day, kept in the session so it applies on every page until cleared: pages then show
 * what the network had recorded by the end of that day, not what it knows now.
 */
final class KnownOn {
    static final String ATTRIBUTE = "irrigate.knownOn";

    private KnownOn() {
    }

    static LocalDate get(HttpSession session) {
        return session == null ? null : (LocalDate) session.getAttribute(ATTRIBUTE);
    }

    static void set(HttpSession session, LocalDate day) {
        if (day == null) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            session.setAttribute(ATTRIBUTE, day);
        }
    }

    /** The record time the day stands for: the end of it, as the journeys API reads a day (null: now). */
    static Instant instant(LocalDate day) {
        return day == null ? null : Moment.knownOn(day.toString());
    }

    static Instant instant(HttpSession session) {
        return instant(get(session));
    }
}
