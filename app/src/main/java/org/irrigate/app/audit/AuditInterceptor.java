package org.irrigate.app.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.irrigate.app.security.Member;
import org.irrigate.core.api.AuditMetadata;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who records it, for which organisation and when, taken from the signed-in user (or a
 * {@link Recorder} scope), never from the request body. Anything a caller put in those keys is overwritten; a
 * command with nobody behind it is refused.
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
            return audit;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Member member)) {
            throw new IllegalStateException("A command was sent with nobody signed in to record it");
        }
        audit.put(AuditMetadata.RECORDED_BY, member.username());
        audit.put(AuditMetadata.ON_BEHALF_OF, member.organisationId().toString());
        audit.put(AuditMetadata.RECORDED_AT, clock.instant().toString());
        return audit;
    }
}
