package org.irrigate.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two segments counting the same audience for the first time both insert its count: the second insert fails, and
 * the count must still be right and the segment's transaction still usable (PostgreSQL aborts a transaction in which
 * a statement failed, unless the statement ran in a savepoint).
 */
@IntegrationTest
class TimelineCountTest {
    @Autowired
    TimelineProjection timeline;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSegmentThatLosesTheRaceToCreateACountAddsToTheWinnersRow() {
        String audience = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into timeline_count (audience, entries) values (?, ?)", audience, 3);
            timeline.insertCount(audience, 2);
            assertThat(jdbc.queryForObject("select entries from timeline_count where audience = ?", Long.class,
                    audience)).as("the transaction goes on after the failed insert").isEqualTo(5);
            // the counts of the shared context's timeline stay as they were
            status.setRollbackOnly();
        });
    }
}
