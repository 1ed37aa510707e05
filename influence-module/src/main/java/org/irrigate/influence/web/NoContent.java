package org.irrigate.influence.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;

/** Sends a command that changes an existing record and answers 204: nothing new to point at. */
final class NoContent {
    private NoContent() {
    }

    static ResponseEntity<Void> after(CommandGateway commands, Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
