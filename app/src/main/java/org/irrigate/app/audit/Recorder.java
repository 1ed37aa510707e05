package org.irrigate.app.audit;

import java.time.Instant;
import java.util.function.Supplier;
import org.irrigate.core.api.OrganisationId;

/**
 * Who is recording, when there is no signed-in user: the demo story and trusted imports run inside a recorder
 * scope. Only code in this process can open one; nothing in a request can.
 *
 * @param recordedAt a back-dated record time for history entered after the fact, or null for "now"
 */
public record Recorder(String username, OrganisationId onBehalfOf, Instant recordedAt) {
    private static final ThreadLocal<Recorder> CURRENT = new ThreadLocal<>();

    public <T> T run(Supplier<T> work) {
        Recorder previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    static Recorder current() {
        return CURRENT.get();
    }
}
