package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.app.journey.Scenario.at;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.Tables;
import org.irrigate.core.api.ConversationId;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The journey ledger: what it keeps of each event, and that a replay rebuilds it row for row. */
@IntegrationTest
class JourneyLedgerTest extends JourneyIntegration {
    @Autowired
    CommandGateway commands;

    @Test
    void keepsEachJourneyEventWithBothTimesAndItsPrivacy() throws Exception {
        ConversationId talk = new Scenario(commands).conversation(Cast.GL11, "gl11", LocalDate.of(2024, 2, 2),
                "Ledger: a private word", Visibility.PRIVATE, at("2026-03-03"), Party.organisation(Cast.GL11));
        await.projections();
        Map<String, Object> row = jdbc.queryForMap("select * from journey_fact where aggregate_id = ?",
                talk.toString());
        assertThat(row.get("event_type")).isEqualTo(ConversationLogged.class.getName());
        assertThat(row.get("happened_on").toString()).isEqualTo("2024-02-02");
        assertThat(((java.sql.Timestamp) row.get("recorded_at")).toInstant()).isEqualTo(at("2026-03-03"));
        assertThat(row.get("private_to").toString()).isEqualTo(Cast.GL11.toString());
        assertThat((String) row.get("payload")).contains("Ledger: a private word");
        // organisations' and people's registrations are not journey facts; names come from the directories
        assertThat(jdbc.queryForObject("select count(*) from journey_fact where event_type like ?", Integer.class,
                "%OrganisationRegistered")).isZero();
    }

    @Test
    void rebuildsIdentically() throws Exception {
        await.projections();
        List<Map<String, Object>> before = Tables.rows(jdbc, FactRows.LIVE, "position");
        assertThat(before).isNotEmpty();
        projections.rebuild(JourneyLedger.PROCESSING_GROUP, Duration.ofSeconds(60));
        assertThat(Tables.rows(jdbc, FactRows.LIVE, "position")).isEqualTo(before);
    }
}
