package org.irrigate.app.journey;

import java.time.Instant;
import org.irrigate.core.api.NetworkEvent;

/** One event a journey is built from, with its place in the event store and both of its times. */
public record Fact(long position, Instant recordedAt, NetworkEvent event) {
}
