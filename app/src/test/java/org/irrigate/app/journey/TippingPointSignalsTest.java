package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.app.journey.Scenario.at;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.InfluenceChapter;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipCommand.AssessRelationship;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationship;
import org.irrigate.influence.api.RepresentationCommand.StartRepresentation;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Marked tipping points and the ones suggested by signals, with activity before and after. */
@IntegrationTest
class TippingPointSignalsTest extends JourneyIntegration {
    @Autowired
    CommandGateway commands;

    @Test
    void theDemoShowsTheMarkedVenueChangeAndSuggestsFirstSeats() throws Exception {
        await.projections();
        String points = json("researcher", "/api/journeys/tipping-points?knownOn=2025-12-31");
        Map<String, Object> venue = JsonPath.<List<Map<String, Object>>>read(points, "$[?(@.id == '"
                + InfluenceChapter.COMMUNITY_VENUE + "')]").getFirst();
        assertThat(venue.get("kind")).isEqualTo("MARKED");
        assertThat(venue.get("suggested")).isEqualTo(false);
        assertThat((String) venue.get("explanation")).startsWith("Before: The hubs' meetings");
        List<Map<String, Object>> seats = JsonPath.read(points, "$[?(@.kind == 'FIRST_SEAT')]");
        // Other test classes share this context and may add seats of their own: the demo's two come in date order.
        assertThat(seats).extracting(s -> s.get("id")).containsSubsequence(InfluenceChapter.LSP_SEAT.toString(),
                InfluenceChapter.ICB_SEAT.toString());
        assertThat(JsonPath.<List<Map<String, Object>>>read(points, "$[?(@.kind == 'STRENGTH_JUMP')]"))
                .extracting(s -> s.get("id")).contains(InfluenceChapter.GRACE_STROUD_DC.toString());
        List<?> markedOnly = JsonPath.read(json("researcher", "/api/journeys/tipping-points?suggested=false"),
                "$[?(@.suggested == true)]");
        assertThat(markedOnly).isEmpty();
    }

    @Test
    void signalsFromSeatsStrengthInvitationsAndVenuesWithActivityEitherSide() throws Exception {
        Scenario story = new Scenario(commands);
        OrganisationId partner = story.partner("Damson Trust", at("2026-08-01"));
        OrganisationId council = story.council("Damson Council", at("2026-08-01"));
        OrganisationId body = story.council("Damson Strategic Board", at("2026-08-01"));
        Scenario.Officer officer = story.officer("Dee Damson", council, at("2026-08-01"));
        Scenario.Officer member = story.officer("Mo Damson", partner, at("2026-08-01"));
        RepresentationId seat = RepresentationId.random();
        story.coordinator(at("2026-08-02"), new StartRepresentation(seat, member.person(), partner, body,
                "Community seat", LocalDate.of(2024, 4, 1)));
        RelationshipId relationship = RelationshipId.random();
        story.coordinator(at("2026-08-02"), new RecordRelationship(relationship, Party.organisation(partner),
                officer.party(), Strength.AWARE, null, List.of(), null, LocalDate.of(2024, 3, 1)));
        story.coordinator(at("2026-08-02"), new AssessRelationship(relationship, Strength.TRUSTED, "Open doors",
                List.of(), LocalDate.of(2024, 5, 1)));
        ConversationId invited = story.conversation(partner, "grace", LocalDate.of(2024, 4, 10),
                "The council invited us to shape its fund", Visibility.SHARED, at("2026-08-03"),
                Party.organisation(partner), officer.party());
        ConversationId venue = story.conversation(partner, "grace", LocalDate.of(2024, 4, 20),
                "Meeting moved to the village hall venue", Visibility.SHARED, at("2026-08-03"),
                Party.organisation(partner), Party.organisation(council));
        await.projections();

        String points = json("coordinator", "/api/journeys/tipping-points?windowDays=30");
        Map<String, Object> first = one(points, seat.toString());
        assertThat(first.get("kind")).isEqualTo("FIRST_SEAT");
        assertThat(first.get("whatChanged")).isEqualTo("First seat on a strategic body for Damson Trust");
        // 30 days either side of 1 April 2024: nothing before; the invitation and the venue change after
        assertThat(((Map<?, ?>) first.get("before")).get("conversations")).isEqualTo(0);
        assertThat(((Map<?, ?>) first.get("after")).get("conversations")).isEqualTo(2);
        assertThat(((Map<?, ?>) first.get("after")).get("to")).isEqualTo("2024-04-30");
        Map<String, Object> jump = one(points, relationship.toString());
        assertThat(jump.get("kind")).isEqualTo("STRENGTH_JUMP");
        assertThat((String) jump.get("explanation")).isEqualTo("Assessed trusted after aware: a rise of 2 levels");
        assertThat(one(points, invited.toString()).get("kind")).isEqualTo("FIRST_INVITATION");
        assertThat(one(points, venue.toString()).get("kind")).isEqualTo("VENUE_CHANGE");
        assertThat(JsonPath.<List<?>>read(points, "$[?(@.id == '" + invited + "')]")).hasSize(1);
        api.get("coordinator", "/api/journeys/tipping-points?windowDays=0").andExpect(status().isBadRequest());
    }

    private static Map<String, Object> one(String points, String id) {
        List<Map<String, Object>> found = JsonPath.read(points, "$[?(@.id == '" + id + "')]");
        assertThat(found).as("tipping point " + id).hasSize(1);
        return found.getFirst();
    }
}
