package org.irrigate.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TamperEvidenceTest {
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    ProjectionControl projections;
    @Autowired
    HashChain chain;

    @Test
    void everyStoredEventIsChainedAndTheChainVerifies() throws Exception {
        await.projections();
        api.get("researcher", "/api/integrity").andExpect(status().isOk())
                .andExpect(jsonPath("$.intact", is(true)))
                .andExpect(jsonPath("$.pending", is(0)));
        assertThat(verifier.verify().verified()).isEqualTo(api.storedEvents());
    }

    @Test
    void changingOneByteOfOneStoredPayloadIsPinpointed() throws Exception {
        await.projections();
        Map<String, Object> victim = jdbc.queryForMap("""
                select global_index, event_identifier, payload from domain_event_entry
                where payload_type like '%RoleEnded' order by global_index limit 1""");
        long position = ((Number) victim.get("global_index")).longValue();
        byte[] original = (byte[]) victim.get("payload");
        byte[] altered = original.clone();
        int at = new String(original, java.nio.charset.StandardCharsets.UTF_8).indexOf("2023-06-30") + 3;
        altered[at] = (byte) '4'; // the officer "left" in 2024 instead of 2023
        try {
            write(position, altered);
            ChainVerifier.Verification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken().position()).isEqualTo(position);
            assertThat(result.firstBroken().eventId()).isEqualTo(victim.get("event_identifier"));
            assertThat(result.firstBroken().reason()).isEqualTo("the stored event differs from what was chained");
        } finally {
            write(position, original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void rewritingTheChainToMatchIsCaughtAtTheNextLink() {
        await.projections();
        Map<String, Object> link = jdbc.queryForMap("select link, hash from event_hash order by link limit 1 offset 5");
        try {
            jdbc.update("update event_hash set hash = ? where link = ?", "f".repeat(64), link.get("link"));
            ChainVerifier.Verification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.verified()).isEqualTo(5);
        } finally {
            jdbc.update("update event_hash set hash = ? where link = ?", link.get("hash"), link.get("link"));
        }
    }

    /**
     * Someone with write access to the database alters an event and recomputes every hash from there on, so the
     * chain is consistent again: the seals, made with a key the database does not hold, still give it away.
     */
    @Test
    void aConsistentRewriteOfTheWholeChainFromTheAlteredEventIsCaughtByTheSeal() throws Exception {
        await.projections();
        ChainVerifier.Anchor witnessed = verifier.anchor();
        List<Map<String, Object>> links = jdbc.queryForList(
                "select link, global_index, previous_hash, hash from event_hash order by link");
        Map<String, Object> victim = links.get(links.size() / 2);
        long position = ((Number) victim.get("global_index")).longValue();
        byte[] original = jdbc.queryForObject("select payload from domain_event_entry where global_index = ?",
                byte[].class, position);
        byte[] altered = original.clone();
        altered[altered.length / 2] = (byte) (altered[altered.length / 2] == 'x' ? 'y' : 'x');
        try {
            write(position, altered);
            String previous = (String) victim.get("previous_hash");
            for (Map<String, Object> link : links.subList(links.size() / 2, links.size())) {
                String hash = rehash(previous, ((Number) link.get("global_index")).longValue());
                jdbc.update("update event_hash set previous_hash = ?, hash = ? where link = ?", previous, hash,
                        link.get("link"));
                previous = hash;
            }
            ChainVerifier.Verification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken().position()).isEqualTo(position);
            assertThat(result.firstBroken().reason()).isEqualTo("the chain was rewritten without the integrity key");
            // and the head an external witness was given no longer appears in the chain
            assertThat(jdbc.queryForObject("select hash from event_hash where link = ?", String.class,
                    witnessed.link())).isNotEqualTo(witnessed.head());
        } finally {
            write(position, original);
            links.forEach(link -> jdbc.update("update event_hash set previous_hash = ?, hash = ? where link = ?",
                    link.get("previous_hash"), link.get("hash"), link.get("link")));
        }
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(verifier.anchor()).isEqualTo(witnessed);
    }

    @Test
    void rebuildingTheChainFromScratchLinksEveryEventOnceBatchByBatch() throws Exception {
        await.projections();
        long events = api.storedEvents();
        assertThat(events).isGreaterThan(100); // more than one batch of the processor
        projections.rebuild("tamper-chain", Duration.ofMinutes(1));
        // Not necessarily the same links as before: the live chain followed commit order, a rebuild reads in index
        // order. Every event once, links without holes, and a chain that verifies.
        assertThat(jdbc.queryForObject("select count(distinct global_index) from event_hash", Long.class))
                .isEqualTo(events);
        assertThat(jdbc.queryForObject("select max(link) from event_hash", Long.class)).isEqualTo(events);
        assertThat(verifier.verify().verified()).isEqualTo(events);
    }

    @Test
    void anEventDeliveredAgainIsNotChainedTwice() throws Exception {
        await.projections();
        Map<String, Object> stored = jdbc.queryForMap(
                "select event_identifier, global_index from domain_event_entry order by global_index limit 1");
        long links = api.storedEvents();
        chain.on(new Object(), new GenericEventMessage<>((String) stored.get("event_identifier"), new Object(),
                Map.of(), java.time.Instant.now()));
        assertThat(jdbc.queryForObject("select count(*) from event_hash", Long.class)).isEqualTo(links);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theAnchorIsForAdminsOnly() throws Exception {
        await.projections();
        api.get("admin", "/api/admin/integrity/anchor").andExpect(status().isOk())
                .andExpect(jsonPath("$.seal").isString());
        api.get("coordinator", "/api/admin/integrity/anchor").andExpect(status().isForbidden());
    }

    private String rehash(String previous, long position) {
        return jdbc.query("select " + EventHash.COLUMNS + " from domain_event_entry where global_index = ?",
                rs -> rs.next() ? EventHash.of(rs, previous) : null, position);
    }

    private void write(long position, byte[] payload) {
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", payload, position);
    }

}
