package org.irrigate.app.pages;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Sends a page's command and turns the module's refusal into form errors: a broken rule names its field, an unknown
 * reference or a conflict is said at the top of the form. Nothing is written when a command is refused.
 */
@Component
class Commands {
    static final String FORM = "form";

    private final CommandGateway gateway;
    private final EventStore events;

    Commands(CommandGateway gateway, EventStore events) {
        this.gateway = gateway;
        this.events = events;
    }

    /**
     * Notes at the top of the form when {@code id} names nothing recorded (the API's 404), checked against the event
     * store so a record made a moment ago counts; null ids are left to the command's own rules.
     */
    void requireKnown(Object id, String what, FormErrors errors) {
        try {
            Existing.require(events, id, what);
        } catch (NotFoundException e) {
            errors.add(FORM, e.getMessage());
        }
    }

    /** The command's answer, or null when it was refused (and the reason is in {@code errors}). */
    <R> R send(Object command, FormErrors errors) {
        try {
            return gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            Throwable cause = refusal(e);
            switch (cause) {
                case InvalidInputException invalid -> errors.add(invalid);
                case NotFoundException notFound -> errors.add(FORM, notFound.getMessage());
                case ConflictException conflict -> errors.add(FORM, conflict.getMessage());
                // The ownership guard's refusal is the page's 403, as it is the API's.
                case AccessDeniedException denied -> throw denied;
                case null, default -> throw e;
            }
            return null;
        }
    }

    private static Throwable refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof NotFoundException
                    || t instanceof ConflictException || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return null;
    }
}
