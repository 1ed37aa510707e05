package org.irrigate.app.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.irrigate.app.security.Member;
import org.irrigate.app.security.Role;
import org.irrigate.app.security.ownership.Actor;
import org.irrigate.core.api.AuditMetadata;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who records it, for which organisation and when, taken from the signed-in user (or a
 * {@link Recorder} scope, or the event a policy is reacting to), never from the request body. Anything a caller put
 * in those keys is overwritten; a command with nobody behind it is refused.
 */
@Component
public class AuditInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
    private final Clock clock;

    public AuditInterceptor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(audit());
    }

    private Map<String, Object> audit() {
        Recorder recorder = Recorder.current();
        Map<String, Object> audit = new HashMap<>();
        if (recorder != null) {
            audit.put(AuditMetadata.RECORDED_BY, recorder.username());
            audit.put(AuditMetadata.ON_BEHALF_OF, recorder.onBehalfOf().toString());
            audit.put(AuditMetadata.RECORDED_AT,
                    (recorder.recordedAt() == null ? clock.instant() : recorder.recordedAt()).toString());
            // Only code in this process opens a recorder scope (the demo story, the bootstrap): it is trusted.
            audit.put(Actor.ACTS_FOR_NETWORK, "true");
            return audit;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Member member)) {
            return consequenceOfHandledMessage();
        }
        audit.put(AuditMetadata.RECORDED_BY, member.username());
        audit.put(AuditMetadata.ON_BEHALF_OF, member.organisationId().toString());
        audit.put(AuditMetadata.RECORDED_AT, clock.instant().toString());
        audit.put(Actor.ACTS_FOR_NETWORK,
                String.valueOf(member.role() == Role.COORDINATOR || member.role() == Role.ADMIN));
        return audit;
    }

    /**
     * A command sent by an event handler (a policy reacting to an event, e.g. a role ending flags relationships at
     * risk) is a consequence of that event: it is recorded by the same person, for the same organisation, at the
     * same record time, and shares its correlation id.
     */
    private static Map<String, Object> consequenceOfHandledMessage() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Object> cause = CurrentUnitOfWork.get().getMessage().getMetaData();
            if (cause.get(AuditMetadata.RECORDED_BY) != null) {
                Map<String, Object> audit = new HashMap<>();
                for (String key : new String[] {AuditMetadata.RECORDED_BY, AuditMetadata.ON_BEHALF_OF,
                        AuditMetadata.RECORDED_AT}) {
                    audit.put(key, cause.get(key));
                }
                // The policy's own rule decided this consequence (a role ending puts another partner's
                // relationship at risk), so the partner's ownership does not limit it.
                audit.put(Actor.ACTS_FOR_NETWORK, "true");
                return audit;
            }
        }
        throw new IllegalStateException("A command was sent with nobody signed in to record it");
    }
}
