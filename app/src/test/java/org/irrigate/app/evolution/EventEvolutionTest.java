package org.irrigate.app.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.TestDatabase;
import org.irrigate.core.api.ConversationId;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events stored before {@code FollowUpCompleted} gained {@code completedBy} (revision 1, kept as the
 * {@code domain_event_entry} rows they were, under {@code fixtures/events}) still load into the aggregate, reach the
 * read models and replay into the same rows. The fixture is a conversation GGT logged whose follow-up the Grace
 * Network owned and completed: in revision 1 only the audit metadata says it was Grace.
 */
@IntegrationTest
class EventEvolutionTest {
    static final String FIXTURE = "/fixtures/events/follow-up-completed-revision-1.jsonl";
    static final String CONVERSATION = "bd8148ca-72cb-4256-a272-25079a7021d8";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore events;
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    ProjectionControl projections;

    @Test
    void revisionOnePayloadsLoadAndReplayAsRevisionTwo() throws Exception {
        insertFixture();
        await.projections();

        List<? extends DomainEventMessage<?>> stream = events.readEvents(CONVERSATION).asStream().toList();
        assertThat(stream).hasSize(2);
        assertThat(stream.get(1).getPayload()).isEqualTo(new FollowUpCompleted(ConversationId.of(CONVERSATION),
                Cast.GGT, null, 1, Cast.GRACE, "Referral list sent", LocalDate.of(2023, 5, 20)));
        assertThat(jdbc.queryForObject("select payload_revision from domain_event_entry where event_identifier = ?",
                String.class, "ac8bcda1-714a-41f1-8fb1-a53cc6e7afc1")).as("the store is never rewritten").isEqualTo("1");

        api.get("ggt", "/api/conversations/" + CONVERSATION).andExpect(status().isOk())
                .andExpect(jsonPath("$.followUps[0].status", is("DONE")))
                .andExpect(jsonPath("$.followUps[0].completedOn", is("2023-05-20")))
                .andExpect(jsonPath("$.followUps[0].completedBy", is(Cast.GRACE.toString())))
                .andExpect(jsonPath("$.followUps[0].completionNote", is("Referral list sent")));
        assertThat(api.get("grace", "/api/timeline?size=500&eventType=FollowUpCompleted&organisation=" + Cast.GRACE)
                .andReturn().getResponse().getContentAsString())
                .as("the completer is a subject of the upcast event").contains(CONVERSATION);

        // The aggregate sources both old events: the follow-up counts as done, and it takes new ones.
        api.post("grace", "/api/conversations/" + CONVERSATION + "/follow-ups/1/complete", "{}")
                .andExpect(status().isConflict());
        api.post("ggt", "/api/conversations/" + CONVERSATION + "/follow-ups", """
                {"action": "Thank the county", "owner": {"organisationId": "%s"}, "dueOn": "2023-06-01"}"""
                .formatted(Cast.GGT)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.number", is(2)));
        api.post("ggt", "/api/conversations/" + CONVERSATION + "/follow-ups/2/complete", """
                {"happenedOn": "2023-05-30"}""").andExpect(status().isNoContent());
        await.projections();

        List<Map<String, Object>> live = followUps();
        assertThat(live).extracting(row -> String.valueOf(row.get("completed_by")))
                .containsExactly(Cast.GRACE.toString(), Cast.GGT.toString());
        projections.rebuild("conversation-log", Duration.ofSeconds(60));
        assertThat(followUps()).as("a replay gives the same rows").isEqualTo(live);
    }

    private List<Map<String, Object>> followUps() {
        return jdbc.queryForList("select * from influence_follow_up where conversation_id = ? order by follow_up_number",
                UUID.fromString(CONVERSATION));
    }

    /** Each fixture line is one stored row; only the global index is new, taken from the store's own sequence. */
    private void insertFixture() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        String next = TestDatabase.postgres() ? "select nextval('domain_event_entry_seq')"
                : "select next value for domain_event_entry_seq";
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                JsonNode row = json.readTree(line);
                jdbc.update("""
                                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                sequence_number, type, payload_type, payload_revision, payload, meta_data, time_stamp)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        jdbc.queryForObject(next, Long.class), row.get("eventIdentifier").asString(),
                        row.get("aggregateIdentifier").asString(), row.get("sequenceNumber").asLong(),
                        row.get("type").asString(), row.get("payloadType").asString(),
                        row.get("payloadRevision").asString(),
                        row.get("payload").asString().getBytes(StandardCharsets.UTF_8),
                        row.get("metaData").asString().getBytes(StandardCharsets.UTF_8),
                        row.get("timeStamp").asString());
            }
        }
    }
}
