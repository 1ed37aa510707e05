package org.irrigate.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

/** Which handlers get a savepoint: projections' event handlers, not aggregates', queries or buffering handlers. */
class HandlerSavepointsTest {
    private final HandlerSavepoints savepoints = new HandlerSavepoints(null, null);

    @Test
    void aProjectionsEventHandlerRunsInASavepoint() {
        assertThat(wrapped(Projection.class, "on", EventMessage.class)).isTrue();
    }

    @Test
    void handlersThatWriteNothingThemselvesRunAsTheyAre() {
        assertThat(wrapped(Projection.class, "buffered", EventMessage.class)).as("writes at commit").isFalse();
        assertThat(wrapped(Projection.class, "find", QueryMessage.class)).as("query handler").isFalse();
        assertThat(wrapped(Record.class, "on", EventMessage.class)).as("event sourcing handler").isFalse();
        assertThat(wrapped(Record.class, "legacy", EventMessage.class)).as("an aggregate's event handler").isFalse();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private boolean wrapped(Class<?> type, String name, Class<?> messageType) {
        Method method = java.util.Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
        MessageHandlingMember<?> member = new AnnotatedMessageHandlingMember(method, (Class) messageType,
                String.class, ClasspathParameterResolverFactory.forClass(type));
        return savepoints.wrapHandler(member) != member;
    }

    static class Projection {
        @EventHandler
        void on(String event) {
        }

        @EventHandler
        @WritesAtCommit
        void buffered(String event) {
        }

        @QueryHandler
        String find(String query) {
            return query;
        }
    }

    @Aggregate
    static class Record {
        @EventSourcingHandler
        void on(String event) {
        }

        @EventHandler
        void legacy(String event) {
        }
    }
}
