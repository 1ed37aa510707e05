package org.irrigate.app.support;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.irrigate.app.replay.ProjectionControl;

/** Read models catch up asynchronously; tests wait for them instead of sleeping. */

public class Await {
    private final ProjectionControl projections;

    public Await(ProjectionControl projections) {
        this.projections = projections;
    }

    public void projections() {
        try {
            projections.awaitCaughtUp(Duration.ofSeconds(30));
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
