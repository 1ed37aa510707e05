package org.irrigate.app.pages;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends a page's command and turns the module's refusal into form errors: a broken rule names its field, an unknown
 * reference or a conflict is said at the top of the form. Nothing is written when a command is refused.
 */
@Component
class Commands {
    static final String FORM = "form";

    private final CommandGateway gateway;

    Commands(CommandGateway gateway) {
        this.gateway = gateway;
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
                case null, default -> throw e;
            }
            return null;
        }
    }

    private static Throwable refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof NotFoundException
                    || t instanceof ConflictException) {
                return t;
            }
        }
        return null;
    }
}
