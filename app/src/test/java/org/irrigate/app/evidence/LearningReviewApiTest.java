package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.EvidenceChapter;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Subjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LearningReviewApiTest extends EvidenceIntegration {
    static final String PATH = "/api/evidence/reviews";

    @Autowired
    EventStore events;

    String created(String body, String field) {
        return JsonPath.read(body, "$." + field);
    }

    String organisation(String name) throws Exception {
        return created(api.post("ggt", "/api/organisations", """
                        {"name": "%s", "kind": "COMMUNITY_GROUP", "place": "E07000082", "happenedOn": "2023-02-01"}"""
                        .formatted(name)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "organisationId");
    }

    String reflection(String notes) throws Exception {
        return created(api.post("researcher", "/api/evidence/reflections", """
                        {"kind": "REFLECTION_SESSION", "title": "Hubs reflection", "participants": {"organisations": ["%s"]},
                         "notes": "%s", "happenedOn": "2023-12-06"}""".formatted(Cast.GRACE, notes))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "reflectionId");
    }

    String open(String recordTime) throws Exception {
        return created(api.post("researcher", PATH, """
                        {"question": "What led to the hubs funding?", "period": {"from": "2022-01-01", "to": "2024-03-31"},
                         "scope": {"organisations": ["%s"], "places": ["E07000082"], "areas": ["LOCAL_ECONOMY"]},
                         %s "happenedOn": "2024-07-15"}"""
                        .formatted(Cast.STROUD_DC, recordTime == null ? "" : "\"recordTime\": \"" + recordTime + "\","))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "learningReviewId");
    }

    @Test
    void aReviewReopenedAfterACorrectionStillShowsTheHistoryAtItsRecordTime() throws Exception {
        String hub = organisation("Nailsworth Hub");
        String session = reflection("The hub grew out of a bench conversation");
        String review = open(null);
        api.post("researcher", PATH + "/" + review + "/pins", """
                {"item": {"kind": "ORGANISATION", "reference": "%s"}, "why": "The hub", "happenedOn": "2024-07-15"}"""
                .formatted(hub)).andExpect(status().isNoContent());
        api.post("researcher", PATH + "/" + review + "/pins", """
                {"item": {"kind": "REFLECTION", "reference": "%s"}, "happenedOn": "2024-07-15"}"""
                .formatted(session)).andExpect(status().isNoContent());
        api.post("researcher", PATH + "/" + review + "/findings", """
                {"text": "The hub began with a conversation", "restsOn": [{"kind": "REFLECTION", "reference": "%s"},
                 {"kind": "ORGANISATION", "reference": "%s"}], "happenedOn": "2024-07-15"}""".formatted(session, hub))
                .andExpect(status().isNoContent());

        // Corrections recorded after the review's record time.
        api.post("ggt", "/api/organisations/" + hub + "/rename", """
                {"name": "Nailsworth Community Hub"}""").andExpect(status().isNoContent());
        api.post("researcher", "/api/evidence/reflections/" + session + "/notes", """
                {"notes": "The hub grew out of the hubs programme", "reason": "Corrected by the partner"}""")
                .andExpect(status().isNoContent());
        await.projections();

        api.get("coordinator", "/api/organisations/" + hub).andExpect(jsonPath("$.name", is("Nailsworth Community Hub")));
        api.get("coordinator", PATH + "/" + review + "/pack").andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].resolved.events[*].eventType", contains("OrganisationRegistered")))
                .andExpect(jsonPath("$.items[0].resolved.events[0].summary",
                        is("Registered organisation Nailsworth Hub (COMMUNITY_GROUP)")))
                .andExpect(jsonPath("$.items[1].resolved.events[*].eventType", contains("ReflectionRecorded")))
                .andExpect(jsonPath("$.items[1].resolved.events[0].event.notes",
                        is("The hub grew out of a bench conversation")))
                .andExpect(jsonPath("$.findings[0].restsOn", contains(2, 1)));
        String markdown = api.get("coordinator", PATH + "/" + review + "/pack.md").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/markdown;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        assertThat(markdown).contains("# Learning review: What led to the hubs funding?",
                        "1. The hub began with a conversation", "Rests on: [2], [1]",
                        "Registered organisation Nailsworth Hub", "Notes: The hub grew out of a bench conversation",
                        "organisations Stroud District Council")
                .doesNotContain("Nailsworth Community Hub", "hubs programme");

        // The history itself kept the correction: a review opened now sees it.
        String later = open(null);
        api.post("researcher", PATH + "/" + later + "/pins", """
                {"item": {"kind": "ORGANISATION", "reference": "%s"}}""".formatted(hub))
                .andExpect(status().isNoContent());
        await.projections();
        api.get("coordinator", PATH + "/" + later + "/pack")
                .andExpect(jsonPath("$.items[0].resolved.events[*].eventType",
                        contains("OrganisationRegistered", "OrganisationRenamed")));
    }

    @Test
    void anItemRecordedAfterTheRecordTimeCannotBePinned() throws Exception {
        String review = open("2024-07-17T10:00:00Z");
        String hub = organisation("Minchinhampton Hub");
        long before = api.storedEvents();
        api.post("researcher", PATH + "/" + review + "/pins", """
                {"item": {"kind": "ORGANISATION", "reference": "%s"}}""".formatted(hub))
                .andExpect(status().isConflict());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void theDemoReviewPackResolvesEveryPinnedItem() throws Exception {
        await.projections();
        String pack = api.get("gl11", PATH + "/" + EvidenceChapter.STROUD_LEARNING_REVIEW
                        + "/pack").andExpect(status().isOk())
                .andExpect(jsonPath("$.review.question", is("What led to the Stroud hubs funding?")))
                .andExpect(jsonPath("$.review.recordTime", is("2024-07-17T10:00:00Z")))
                .andReturn().getResponse().getContentAsString();
        List<Object> items = JsonPath.read(pack, "$.items");
        List<Object> resolved = JsonPath.read(pack, "$.items[?(@.resolved != null)]");
        assertThat(items).hasSizeGreaterThanOrEqualTo(4);
        assertThat(resolved).hasSameSizeAs(items);
        List<Object> findings = JsonPath.read(pack, "$.findings");
        assertThat(findings).hasSize(3);
        api.get("researcher", PATH + "/" + EvidenceChapter.STROUD_LEARNING_REVIEW + "/pack.md")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Based on the history as recorded up to 2024-07-17T10:00:00Z")))
                .andExpect(content().string(not(containsString(
                        "Woman in her fifties")))); // personal details stay out of exports
    }

    @Test
    void badRequestsAreProblemsAndWriteNothing() throws Exception {
        String review = open(null);
        String unknown = UNKNOWN;
        long before = api.storedEvents();
        api.post("researcher", PATH, """
                {"question": "Q", "period": {"from": "2022-01-01"}, "recordTime": "2999-01-01T00:00:00Z"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("recordTime")));
        api.post("researcher", PATH, """
                {"question": "Q", "period": {"from": "2023-01-01", "to": "2022-01-01"}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("period")));
        api.post("researcher", PATH, """
                {"question": " ", "period": {"from": "2022-01-01"}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("question")));
        api.post("researcher", PATH, """
                {"question": "Q"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("period")));
        api.post("researcher", PATH + "/" + review + "/pins", """
                {"item": {"kind": "AWARD", "reference": "%s"}}""".formatted(unknown)).andExpect(status().isNotFound());
        api.post("researcher", PATH + "/" + review + "/pins", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("item")));
        api.post("researcher", PATH + "/" + review + "/findings", """
                {"text": "t", "restsOn": [{"kind": "ORGANISATION", "reference": "%s"}]}""".formatted(Cast.GGT))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("restsOn")));
        api.post("researcher", PATH + "/" + review + "/close", """
                {"conclusion": "Nothing found"}""").andExpect(status().isConflict());
        api.post("researcher", PATH + "/" + unknown + "/findings", """
                {"text": "t", "restsOn": []}""").andExpect(status().isNotFound());
        api.get("researcher", PATH + "/" + unknown + "/pack").andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void aClosedReviewTakesNothingMore() throws Exception {
        String review = open(null);
        api.post("researcher", PATH + "/" + review + "/pins", """
                {"item": {"kind": "ORGANISATION", "reference": "%s"}}""".formatted(Cast.GGT))
                .andExpect(status().isNoContent());
        api.post("researcher", PATH + "/" + review + "/findings", """
                {"text": "t", "restsOn": [{"kind": "ORGANISATION", "reference": "%s"}]}""".formatted(Cast.GGT))
                .andExpect(status().isNoContent());
        api.post("researcher", PATH + "/" + review + "/close", """
                {"conclusion": "GGT was central"}""").andExpect(status().isNoContent());
        long before = api.storedEvents();
        api.post("researcher", PATH + "/" + review + "/pins", """
                {"item": {"kind": "ORGANISATION", "reference": "%s"}}""".formatted(Cast.GL11))
                .andExpect(status().isConflict());
        assertThat(api.storedEvents()).isEqualTo(before);
        await.projections();
        api.get("ggt", PATH + "/" + review).andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.conclusion", is("GGT was central")));
    }

    /** Stands in for another module's private record (a partner's private conversation). */
    record PrivateNote(OrganisationId privateTo, LocalDate happenedOn) implements NetworkEvent {
        @Override
        public Subjects subjects() {
            return Subjects.NONE;
        }

        @Override
        public String summary() {
            return "A private note";
        }
    }

    @Test
    void aPackShowsAPrivateItemOnlyToThoseWhoMaySeeIt() throws Exception {
        String noteId = UUID.randomUUID().toString();
        events.publish(new GenericDomainEventMessage<>("PrivateNote", noteId, 0,
                new PrivateNote(Cast.GRACE, LocalDate.of(2023, 1, 5)), Map.of(AuditMetadata.RECORDED_BY, "grace",
                AuditMetadata.RECORDED_AT, Instant.now().minusSeconds(60).toString())));
        String pin = """
                {"item": {"kind": "CONVERSATION", "reference": "%s"}}""".formatted(noteId);
        String review = open(null);
        api.post("researcher", PATH + "/" + review + "/pins", pin).andExpect(status().isNotFound());
        api.post("coordinator", PATH + "/" + review + "/pins", pin).andExpect(status().isNoContent());
        await.projections();
        api.get("grace", PATH + "/" + review + "/pack")
                .andExpect(jsonPath("$.items[0].resolved.events[0].summary", is("A private note")));
        api.get("ggt", PATH + "/" + review + "/pack").andExpect(jsonPath("$.items[0].resolved").value(nullValue()));
        api.get("ggt", PATH + "/" + review + "/pack.md")
                .andExpect(content().string(containsString("Withheld: nothing of this item is visible to you")));
    }

    @Test
    void researchersWriteEvidenceButStillCannotChangeTheNetworkHistory() throws Exception {
        open(null);
        api.post("researcher", "/api/organisations", """
                {"name": "X", "kind": "FUNDER"}""").andExpect(status().isForbidden());
        api.post(null, PATH, "{}").andExpect(status().isUnauthorized());
    }

    @Test
    void replayRebuildsTheSameRows() throws Exception {
        open(null);
        assertRebuildKeepsRows("evidence-learning-reviews", Map.of(
                "evidence_learning_review", "id",
                "evidence_review_scope", "review_id, kind, position",
                "evidence_review_pin", "review_id, item_kind, item_reference",
                "evidence_review_finding", "review_id, finding_no",
                "evidence_finding_basis", "review_id, finding_no, position"));
    }
}
