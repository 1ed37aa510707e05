package org.irrigate.app.journey;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import java.util.List;
import org.irrigate.app.deadletter.WritesAtCommit;
import org.irrigate.app.replay.PerBatch;
import org.irrigate.core.api.NetworkEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The journey read model: every event journeys are made of, kept with when it happened and when it was recorded,
 * so journeys, figures, suggestions and tipping points can be answered now, as known on a record time, and as it was
 * on a day, all from one replayable table. Rows are keyed by the event's stored global index (not the token's
 * position, which names another event when this one fills a gap), so redelivery stores nothing twice.
 */
@Component
@ProcessingGroup(JourneyLedger.PROCESSING_GROUP)
class JourneyLedger {
    static final String PROCESSING_GROUP = "journeys";
    private static final String PENDING = JourneyLedger.class.getName() + ".pending";

    private final FactRows rows;
    private final JdbcTemplate jdbc;
    private final LivePictures pictures;

    JourneyLedger(FactRows rows, JdbcTemplate jdbc, LivePictures pictures) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.pictures = pictures;
    }

    @EventHandler
    @WritesAtCommit
    void on(NetworkEvent event, EventMessage<?> message) {
        if (FactRows.relevant(event)) {
            PerBatch.add(PENDING, message.getIdentifier(), message, this::write);
        }
    }

    /** A batch's facts, written together just before it commits. */
    private void write(List<EventMessage<?>> messages) {
        rows.write(null, messages);
        pictures.changed();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from " + FactRows.LIVE);
        pictures.changed();
    }
}
