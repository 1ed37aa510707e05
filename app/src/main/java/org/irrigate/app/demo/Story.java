package org.irrigate.app.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.audit.Recorder;
import org.irrigate.core.api.OrganisationId;

/**
 * Tells the demo story through the same commands users send. Each entry is recorded by a named demo user a couple
 * of days after it happened, so "as known on" questions have a plausible record-time history to work with.
 */
public class Story {
    static final int DAYS_TO_RECORD = 2;

    private final CommandGateway commands;
    private int told;

    Story(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends a command as {@code username} of {@code organisation}, recorded shortly after {@code happenedOn}. */
    public <R> R tell(String username, OrganisationId organisation, LocalDate happenedOn, Object command) {
        Recorder recorder = new Recorder(username, organisation,
                happenedOn.plusDays(DAYS_TO_RECORD).atTime(10, 0).toInstant(ZoneOffset.UTC));
        told++;
        return recorder.run(() -> commands.<R>sendAndWait(command));
    }

    public int told() {
        return told;
    }
}
