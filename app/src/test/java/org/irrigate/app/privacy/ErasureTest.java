package org.irrigate.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

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
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService members;

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
        // Free text about them, flagged as such: a note in a conversation (with a retry under one Idempotency-Key)
        // and one in a relationship, both sealed with their key.
        String conversationNote = "Caring for a parent, asked for calls after ten " + tag + "-conversation";
        String relationshipNote = "Trusted go-between with the hub leads " + tag + "-relationship";
        String conversation = JsonPath.read(api.post("ggt", "/api/conversations", """
                        {"happenedOn": "2023-02-01", "channel": "MEETING", "topic": "Hub leads meeting",
                         "visibility": "SHARED", "participants": [{"organisationId": "%s"}, {"personId": "%s"}]}"""
                        .formatted(Cast.STROUD_DC, person))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.conversationId");
        String noteKey = "note-" + tag;
        for (int attempt = 0; attempt < 2; attempt++) {
            api.perform("ggt", MockMvcRequestBuilders.post("/api/conversations/" + conversation + "/person-notes")
                    .header("Idempotency-Key", noteKey).contentType(MediaType.APPLICATION_JSON).content("""
                            {"personId": "%s", "note": "%s", "happenedOn": "2023-02-01"}"""
                            .formatted(person, conversationNote))).andExpect(status().isNoContent());
        }
        String relationship = JsonPath.read(api.post("ggt", "/api/relationships", """
                        {"first": {"organisationId": "%s"}, "second": {"personId": "%s"}, "strength": "ENGAGED",
                         "happenedOn": "2023-02-01"}""".formatted(Cast.GGT, person))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.relationshipId");
        api.post("ggt", "/api/relationships/" + relationship + "/person-notes", """
                {"personId": "%s", "note": "%s", "happenedOn": "2023-02-02"}""".formatted(person, relationshipNote))
                .andExpect(status().isNoContent());
        await.projections();
        assertThat(occurrences(name)).isNotEmpty();
        List<String> notes = List.of(conversationNote, relationshipNote, "calls after ten", "go-between",
                tag + "-conversation", tag + "-relationship");
        for (String secret : notes) {
            assertThat(occurrences(secret)).as("a sealed note is never stored readable: " + secret).isEmpty();
        }
        api.get("gl11", "/api/conversations/" + conversation)
                .andExpect(jsonPath("$.personNotes", hasSize(1)))
                .andExpect(jsonPath("$.personNotes[0].note", is(conversationNote)));
        api.get("gl11", "/api/relationships/" + relationship)
                .andExpect(jsonPath("$.personNotes[0].note", is(relationshipNote)));
        assertThat(page("ggt", "/conversations/" + conversation)).contains(conversationNote).contains(name);

        api.get("coordinator", "/api/people/" + person + "/subject-access").andExpect(status().isOk())
                .andExpect(jsonPath("$.person.fullName", is(name)))
                .andExpect(jsonPath("$.personalDetailsHistory", hasSize(2)))
                .andExpect(jsonPath("$.personalDetailsHistory[1].details.email", is(secondEmail)))
                .andExpect(jsonPath("$.recordsAboutThem.items", hasSize(8)))
                .andExpect(jsonPath("$.notesAboutThem", hasSize(2)))
                .andExpect(jsonPath("$.notesAboutThem[0].recordType", is("conversation")))
                .andExpect(jsonPath("$.notesAboutThem[0].note.note", is(conversationNote)))
                .andExpect(jsonPath("$.notesAboutThem[1].recordId", is(relationship)))
                .andExpect(jsonPath("$.notesAboutThem[1].note.note", is(relationshipNote)));
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
                .andExpect(jsonPath("$.personalDetailsHistory", hasSize(0)))
                .andExpect(jsonPath("$.notesAboutThem", hasSize(0)));
        List<String> secrets = new ArrayList<>(List.of(name, firstEmail, secondEmail, "Quillfeather", tag + "@"));
        secrets.addAll(notes);
        for (String secret : secrets) {
            assertThat(occurrences(secret)).as(secret).isEmpty();
        }
        assertErasedNotes(conversation, relationship);
        assertThat(page("ggt", "/conversations/" + conversation)).doesNotContain(conversationNote)
                .doesNotContain("Quillfeather").contains("erased person");

        for (String readModel : List.of("people-directory", "conversation-log", "relationship-map")) {
            projections.rebuild(readModel, Duration.ofSeconds(60));
        }
        api.get("ggt", "/api/people/" + person).andExpect(jsonPath("$.fullName", is("erased person")));
        assertErasedNotes(conversation, relationship);
        for (String secret : secrets) {
            assertThat(occurrences(secret)).as("after a replay: " + secret).isEmpty();
        }
        api.post("ggt", "/api/conversations/" + conversation + "/person-notes", """
                {"personId": "%s", "note": "Written after erasure"}""".formatted(person))
                .andExpect(status().isConflict());

        api.post("coordinator", "/api/people/" + person + "/details", """
                {"fullName": "%s", "reason": "re-adding"}""".formatted(name)).andExpect(status().isConflict());
        api.post("coordinator", "/api/people/" + person + "/erase", """
                {"reason": "again"}""").andExpect(status().isConflict());
    }

    private void assertErasedNotes(String conversation, String relationship) throws Exception {
        api.get("gl11", "/api/conversations/" + conversation)
                .andExpect(jsonPath("$.personNotes[0].note", is("erased person")))
                .andExpect(jsonPath("$.personNotes[0].erased", is(true)));
        api.get("gl11", "/api/relationships/" + relationship)
                .andExpect(jsonPath("$.personNotes[0].note", is("erased person")));
    }

    /** A web page as a signed-in member sees it (pages sign in by form, not HTTP Basic). */
    private String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(members.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
