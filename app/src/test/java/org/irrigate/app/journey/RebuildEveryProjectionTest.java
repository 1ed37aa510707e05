package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.irrigate.app.replay.ReplayJobs;
import org.irrigate.app.replay.ReplayProgress;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every read model, rebuilt from the event store from scratch, comes back row for row as the live one was, and each
 * rebuild reports its progress.
 */
@IntegrationTest
class RebuildEveryProjectionTest extends JourneyIntegration {
    @Autowired
    ReplayJobs jobs;

    @Test
    void rebuildingEveryProjectionGivesTheLiveReadModelsBack() throws Exception {
        await.projections();
        await.projections();
        assertThat(ReadModels.NOT_READ_MODELS).as("disposable replays are not read models").contains(FactRows.REPLAY);
        Map<String, List<String>> live = readModels();
        assertThat(live).containsKeys(FactRows.LIVE, "timeline_entry", "organisation_directory");
        assertThat(live.get(FactRows.LIVE)).isNotEmpty();
        List<String> names = JsonPath.read(json("admin", "/api/replay/projections"), "$[*].name");
        assertThat(names).contains(JourneyLedger.PROCESSING_GROUP, "timeline");

        for (String name : names) {
            String started = api.post("coordinator", "/api/replay/projections/" + name + "/rebuild", "{}")
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            String id = JsonPath.read(started, "$.jobId");
            ReplayProgress done = jobs.await(id, Duration.ofSeconds(120));
            assertThat(done.state()).as(name).isEqualTo(ReplayProgress.State.DONE);
            assertThat(done.eventsTotal()).as(name).isPositive().isEqualTo(done.eventsDone());
            assertThat(done.eventsPerSecond()).as(name).isPositive();
            assertThat(done.secondsLeft()).isZero();
            assertThat(done.line()).startsWith("[##############################] 100% ");
            assertThat((String) read("admin", "/api/replay/jobs/" + id, "$.state")).isEqualTo("DONE");
        }
        await.projections();
        assertThat(ReadModels.differences(live, readModels())).isEmpty();
        api.post("researcher", "/api/replay/projections/timeline/rebuild", "{}").andExpect(status().isForbidden());
        api.post("admin", "/api/replay/projections/no-such-projection/rebuild", "{}").andExpect(status().isNotFound());
    }

    /** The chain links events in delivery order, which a rebuild (reading in index order) need not repeat. */
    private Map<String, List<String>> readModels() {
        return ReadModels.snapshotIgnoringDeliveryOrder(jdbc);
    }
}
