package org.irrigate.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ErasureTest {
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;

    @Test
    void erasingAPersonLeavesNoPlaintextAnywhereAndHistoryIntact() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zebedee Quillfeather " + tag;
        String firstEmail = "zq-" + tag + "@first.example.org";
        String secondEmail = "zq-" + tag + "@second.example.org";
        String person = JsonPath.read(api.post("coordinator", "/api/people", """
                        {"fullName": "%s", "email": "%s", "phone": "01452 555 %s", "happenedOn": "2022-05-01"}"""
                        .formatted(name, firstEmail, "123"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.personId");
        api.post("coordinator", "/api/people/" + person + "/details", """
                {"fullName": "%s", "email": "%s", "reason": "New job email", "happenedOn": "2023-01-01"}"""
                .formatted(name, secondEmail)).andExpect(status().isNoContent());
        api.post("coordinator", "/api/people/" + person + "/roles", """
                {"organisationId": "%s", "title": "Community Officer", "happenedOn": "2022-05-01"}"""
                .formatted(Cast.STROUD_DC)).andExpect(status().isCreated());
        await.projections();
        assertThat(occurrences(name)).isNotEmpty();

        api.get("coordinator", "/api/people/" + person + "/subject-access").andExpect(status().isOk())
                .andExpect(jsonPath("$.person.fullName", is(name)))
                .andExpect(jsonPath("$.personalDetailsHistory", hasSize(2)))
                .andExpect(jsonPath("$.personalDetailsHistory[1].details.email", is(secondEmail)))
                .andExpect(jsonPath("$.recordsAboutThem.items", hasSize(3)));
        api.get("ggt", "/api/people/" + person + "/subject-access").andExpect(status().isForbidden());
        api.post("ggt", "/api/people/" + person + "/erase", """
                {"reason": "asked"}""").andExpect(status().isForbidden());
        long events = api.storedEvents();

        api.post("coordinator", "/api/people/" + person + "/erase", """
                {"reason": "Subject's erasure request"}""").andExpect(status().isNoContent());
        await.projections();

        assertThat(api.storedEvents()).isEqualTo(events + 1);
        api.get("ggt", "/api/people/" + person)
                .andExpect(jsonPath("$.fullName", is("erased person")))
                .andExpect(jsonPath("$.erased", is(true)))
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.roles[0].title", is("Community Officer")));
        api.get("coordinator", "/api/people/" + person + "/subject-access")
                .andExpect(jsonPath("$.personalDetailsHistory", hasSize(0)));
        for (String secret : List.of(name, firstEmail, secondEmail, "Quillfeather", tag + "@")) {
            assertThat(occurrences(secret)).as(secret).isEmpty();
        }

        projections.rebuild("people-directory", Duration.ofSeconds(60));
        api.get("ggt", "/api/people/" + person).andExpect(jsonPath("$.fullName", is("erased person")));
        assertThat(occurrences("Quillfeather")).isEmpty();

        api.post("coordinator", "/api/people/" + person + "/details", """
                {"fullName": "%s", "reason": "re-adding"}""".formatted(name)).andExpect(status().isConflict());
        api.post("coordinator", "/api/people/" + person + "/erase", """
                {"reason": "again"}""").andExpect(status().isConflict());
    }

    /** Every table, every column: text as it is, binary columns read as UTF-8. */
    private List<String> occurrences(String secret) {
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            for (Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\"")) {
                row.forEach((column, value) -> {
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(value);
                    if (text.contains(secret)) {
                        found.add(table + "." + column);
                    }
                });
            }
        }
        return found;
    }

    private List<String> tables() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where lower(table_schema) in ('public', current_schema()) and table_type in ('BASE TABLE', 'TABLE')""",
                String.class);
        assertThat(tables).isNotEmpty().anyMatch(t -> t.equalsIgnoreCase("domain_event_entry"));
        return tables;
    }
}
