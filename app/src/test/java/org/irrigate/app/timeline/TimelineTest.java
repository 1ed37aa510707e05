package org.irrigate.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.Tables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TimelineTest {
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;

    List<Map<String, Object>> items(String user, String query) throws Exception {
        String body = api.get(user, "/api/timeline?" + query).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items");
    }

    @Test
    void theDemoStoryIsOnTheTimelineWithItsAuditAndBothTimes() throws Exception {
        await.projections();
        List<Map<String, Object>> county = items("researcher", "organisation=" + Cast.COUNTY + "&size=100");
        assertThat(county).extracting(e -> e.get("eventType"))
                .contains("OrganisationRegistered", "RoleStarted", "RoleEnded");
        Map<String, Object> left = county.stream().filter(e -> e.get("eventType").equals("RoleEnded")).findFirst()
                .orElseThrow();
        assertThat(left).containsEntry("happenedOn", "2023-06-30")
                .containsEntry("recordedBy", "coordinator")
                .containsEntry("onBehalfOfName", "The Hotspots Network");
        assertThat((String) left.get("recordedAt")).startsWith("2023-07-02T10:00");
    }

    @Test
    void itIsInGlobalOrderAndPaged() throws Exception {
        await.projections();
        String first = api.get("coordinator", "/api/timeline?size=5&page=0").andReturn().getResponse().getContentAsString();
        String second = api.get("coordinator", "/api/timeline?size=5&page=1").andReturn().getResponse().getContentAsString();
        List<Integer> positions = JsonPath.read(first, "$.items[*].position");
        List<Integer> next = JsonPath.read(second, "$.items[*].position");
        assertThat(positions).isSorted().hasSize(5);
        assertThat(next.getFirst()).isGreaterThan(positions.getLast());
        assertThat(((Number) JsonPath.read(first, "$.totalItems")).longValue()).isGreaterThan(50);
        List<Integer> newest = JsonPath.read(api.get("coordinator", "/api/timeline?size=5&newestFirst=true")
                .andReturn().getResponse().getContentAsString(), "$.items[*].position");
        assertThat(newest).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void filtersByPersonPlaceTypeAndBothTimes() throws Exception {
        await.projections();
        assertThat(items("coordinator", "person=" + Cast.HELEN_CARTER))
                .extracting(e -> e.get("eventType")).contains("PersonRegistered", "RoleStarted", "RoleEnded");
        assertThat(items("coordinator", "place=E07000082&eventType=OrganisationRegistered&size=100"))
                .extracting(e -> e.get("summary")).anyMatch(s -> s.toString().contains("Stroud District Council"))
                .noneMatch(s -> s.toString().contains("Gloucester City Council"));
        List<Map<String, Object>> in2023 = items("coordinator", "happenedFrom=2023-01-01&happenedTo=2023-12-31&size=500");
        assertThat(in2023).isNotEmpty().allSatisfy(e ->
                assertThat(LocalDate.parse((String) e.get("happenedOn")).getYear()).isEqualTo(2023));
        List<Map<String, Object>> recorded = items("coordinator",
                "person=" + Cast.HELEN_CARTER + "&recordedFrom=2023-07-01&recordedTo=2023-07-31");
        assertThat(recorded).extracting(e -> e.get("eventType")).containsExactly("RoleEnded");
        assertThat(items("coordinator", "module=core&eventType=OrganisationMerged"))
                .extracting(e -> e.get("aggregateId")).contains(Cast.STROUD_DC_DUPLICATE.toString());
    }

    @Test
    void badFiltersAreProblemsNotQueries() throws Exception {
        api.get("coordinator", "/api/timeline?eventType=x';drop table timeline_entry;--")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("eventType")));
        api.get("coordinator", "/api/timeline?organisation=nope")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("organisation")));
        api.get("coordinator", "/api/timeline?size=100000")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("size")));
        api.get("coordinator", "/api/timeline?happenedFrom=2023-02-01&happenedTo=2023-01-01")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("happenedTo")));
        api.get("coordinator", "/api/timeline?happenedFrom=yesterday")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("happenedFrom")));
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry", Long.class)).isPositive();
    }

    @Test
    void droppingAndReplayingTheTimelineGivesIdenticalRows() throws Exception {
        await.projections();
        var entries = Tables.rows(jdbc, "timeline_entry", "position");
        var subjects = Tables.rows(jdbc, "timeline_subject", "position, kind, subject_id");
        var counts = Tables.rows(jdbc, "timeline_count", "audience");
        jdbc.update("delete from timeline_count");
        jdbc.update("delete from timeline_subject");
        jdbc.update("delete from timeline_entry");

        projections.rebuild("timeline", Duration.ofSeconds(60));

        assertThat(Tables.rows(jdbc, "timeline_entry", "position")).isEqualTo(entries);
        assertThat(Tables.rows(jdbc, "timeline_subject", "position, kind, subject_id")).isEqualTo(subjects);
        assertThat(Tables.rows(jdbc, "timeline_count", "audience")).isEqualTo(counts);
    }

    /** Unfiltered pages take their total from the per-audience counts: it must be the number of rows they can see. */
    @Test
    void anUnfilteredPageCountsExactlyTheEntriesTheViewerMaySee() throws Exception {
        await.projections();
        String partner = Cast.GL11.toString();
        long visibleToGl11 = jdbc.queryForObject(
                "select count(*) from timeline_entry where private_to is null or private_to = ?", Long.class,
                java.util.UUID.fromString(partner));
        long all = jdbc.queryForObject("select count(*) from timeline_entry", Long.class);
        assertThat(visibleToGl11).as("the demo has private entries of other partners").isLessThan(all);
        api.get("gl11", "/api/timeline?size=1").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(visibleToGl11));
        api.get("coordinator", "/api/timeline?size=1").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(all));
    }

    /**
     * A page about one organisation, person or place counts its total from the subject rows alone: it must be the
     * number of that subject's entries the viewer may see, private entries of other partners left out.
     */
    @Test
    void aPageAboutOneSubjectCountsExactlyTheEntriesTheViewerMaySee() throws Exception {
        await.projections();
        UUID gl11 = UUID.fromString(Cast.GL11.toString());
        List<Map<String, Object>> subjects = jdbc.queryForList(
                "select distinct kind, subject_id from timeline_subject order by kind, subject_id");
        assertThat(subjects).extracting(r -> r.get("kind")).contains("organisation", "person", "place");
        boolean someHidden = false;
        for (Map<String, Object> subject : subjects) {
            String about = subject.get("kind") + "=" + subject.get("subject_id");
            String entries = "select count(*) from timeline_entry t where exists (select 1 from timeline_subject s"
                    + " where s.kind = ? and s.subject_id = ? and s.position = t.position)";
            long all = jdbc.queryForObject(entries, Long.class, subject.get("kind"), subject.get("subject_id"));
            long visible = jdbc.queryForObject(entries + " and (t.private_to is null or t.private_to = ?)", Long.class,
                    subject.get("kind"), subject.get("subject_id"), gl11);
            someHidden |= visible < all;
            api.get("gl11", "/api/timeline?size=1&" + about).andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(visible));
            api.get("coordinator", "/api/timeline?size=1&" + about).andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(all));
        }
        assertThat(someHidden).as("some subject has entries private to another partner").isTrue();
    }
}
