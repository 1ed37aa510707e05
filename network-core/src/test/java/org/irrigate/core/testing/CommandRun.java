package org.irrigate.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

/**
 * One command of a generated sequence, run by Axon's fixture on the events accepted so far: the events it produced,
 * or the exception that refused it. Property tests compare this with what a model of the rules expects.
 */
public record CommandRun(List<Object> events, Throwable refusal) {
    public static <T> CommandRun of(AggregateTestFixture<T> fixture, List<Object> history, Object command) {
        ResultValidator<T> result = fixture.given(history).when(command);
        List<Object> events = new ArrayList<>();
        Throwable[] refusal = new Throwable[1];
        result.expectEventsMatching(capture(list -> ((List<?>) list).forEach(e ->
                events.add(((EventMessage<?>) e).getPayload()))));
        try {
            result.expectException(capture(e -> refusal[0] = (Throwable) e));
        } catch (AxonAssertionError accepted) {
            // no exception: the command was accepted
        }
        return new CommandRun(events, refusal[0]);
    }

    public boolean accepted() {
        return refusal == null;
    }

    /** What a model says about the command: accepted (null) or refused with this exception type. */
    public Class<?> outcome() {
        return refusal == null ? null : refusal.getClass();
    }

    private static <V> BaseMatcher<V> capture(java.util.function.Consumer<Object> sink) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                sink.accept(actual);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("anything (captured)");
            }
        };
    }
}
