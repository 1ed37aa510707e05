package org.irrigate.app.knownon;

import java.time.Instant;
import org.irrigate.core.api.NetworkEvent;

/** One event of a record's stream, with when the network recorded it. */
public record Known(NetworkEvent event, Instant recordedAt) {
}
