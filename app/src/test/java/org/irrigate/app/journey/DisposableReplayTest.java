package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.irrigate.app.demo.FundingChapter;
import org.irrigate.app.demo.InfluenceChapter;
import org.irrigate.app.replay.ReplayJobs;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A researcher replays history up to a record time into a disposable model, exports it, and discards it. */
@IntegrationTest
class DisposableReplayTest extends JourneyIntegration {
    @Autowired
    ReplayJobs jobs;

    @Test
    void theSameEventsGiveByteIdenticalExportsThatMatchTheLiveModelAsKnownThen() throws Exception {
        await.projections();
        String first = replay("2023-04-10");
        String second = replay("2023-04-10");
        byte[] json = export(first, "json");
        byte[] csv = export(first, "csv");
        assertThat(export(second, "json")).isEqualTo(json);
        assertThat(export(second, "csv")).isEqualTo(csv);

        // On 10 April 2023 the Stroud award had been recorded (2 April), its claims not yet (22 April).
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(text, "$.awards[0].decision.id"))
                .isEqualTo(FundingChapter.STROUD_UKSPF_AWARD.toString());
        assertThat((Integer) JsonPath.read(text, "$.figures.awards")).isEqualTo(1);
        assertThat((String) JsonPath.read(text, "$.knownOn")).isEqualTo("2023-04-10T23:59:59.999999Z");
        String csvText = new String(csv, StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("journey,decision_id,title,outcome,amount_pence,decided_on,element,");
        assertThat(csvText).contains(FundingChapter.GLOUCESTER_UKSPF_BID + ",Gloucester community groups: 10% of UKSPF,"
                + "DECLINED,0,2023-01-20,claim,");
        // the replay answers exactly as the live model asked "as known on" the same time
        Object replayed = JsonPath.read(text, "$.decisions[?(@.decision.id == '" + FundingChapter.GLOUCESTER_UKSPF_BID
                + "')]");
        Object live = JsonPath.read("[" + json("researcher", "/api/journeys/bids/" + FundingChapter.GLOUCESTER_UKSPF_BID
                + "?knownOn=2023-04-10") + "]", "$[*]");
        assertThat(replayed).isEqualTo(live);

        // a later replay knows more: the claims of April 2023 on the Stroud award
        String later = replay("2023-12-31");
        assertThat((java.util.List<String>) JsonPath.read(new String(export(later, "json"), StandardCharsets.UTF_8),
                "$.awards[0].advocacy[*].advocacyActionId")).contains(InfluenceChapter.UKSPF_ADVOCACY.toString());

        // only the researcher who ran it sees it; discarded, it is gone
        api.get("ggt", "/api/replay/disposable/" + first + "/export.json").andExpect(status().isNotFound());
        api.post("researcher", "/api/replay/disposable/" + first + "/discard", "{}").andExpect(status().isNoContent());
        api.get("researcher", "/api/replay/disposable/" + first + "/export.json").andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from " + FactRows.REPLAY + " where replay_id = ?",
                Integer.class, first)).isZero();
        api.post("researcher", "/api/replay/disposable", "{}").andExpect(status().isBadRequest());
    }

    private String replay(String knownOn) throws Exception {
        String started = api.post("researcher", "/api/replay/disposable", """
                {"knownOn": "%s"}""".formatted(knownOn)).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(started, "$.jobId");
        assertThat(jobs.await(id, Duration.ofSeconds(120)).state().name()).isEqualTo("DONE");
        String progress = json("researcher", "/api/replay/jobs/" + id);
        assertThat((Integer) JsonPath.read(progress, "$.eventsDone")).isPositive()
                .isEqualTo(JsonPath.read(progress, "$.eventsTotal"));
        return id;
    }

    private byte[] export(String id, String format) throws Exception {
        return api.get("researcher", "/api/replay/disposable/" + id + "/export." + format).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }
}
