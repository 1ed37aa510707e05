package org.irrigate.app.security.ownership;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Object-level authorisation in the command path, so the API and the web pages (which send the same commands) are
 * both covered: before any handler runs, the target record's stored events say who may change it
 * ({@link OwnershipRules}). A refusal is an {@code AccessDeniedException} (403) and nothing is written.
 */
@Configuration
class OwnershipGuard implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final EventStore events;

    OwnershipGuard(EventStore events) {
        this.events = events;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Actor actor = Actor.from(command.getMetaData());
        // Whoever acts for the network may change any record: its history need not be read (a read per command).
        if (!actor.network()) {
            OwnershipRules.check(command.getPayload(), history(command), actor);
        }
        return chain.proceed();
    }

    /** A command without an id creates nothing yet: its handler answers 400 for the missing id. */
    private History history(CommandMessage<?> command) {
        String target;
        try {
            target = targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return new History(java.util.List.of());
        }
        return new History(events.readEvents(target).asStream().toList());
    }

    @Bean
    static InitializingBean registerOwnershipGuard(CommandBus commandBus, OwnershipGuard guard) {
        return () -> commandBus.registerHandlerInterceptor(guard);
    }
}
