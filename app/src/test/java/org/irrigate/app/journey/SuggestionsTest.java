package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.app.journey.Scenario.at;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.ConversationId;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Suggested links: who gets suggested and why, and what confirming and dismissing do. */
@IntegrationTest
class SuggestionsTest extends JourneyIntegration {
    @Autowired
    CommandGateway commands;

    @Test
    void aConversationWithAnOfficerOfTheDecidingBodyOnTheTopicIsSuggestedAndCountsOnlyOnceConfirmed()
            throws Exception {
        Scenario story = new Scenario(commands);
        Scenario.Council council = story.awardingCouncil("Quince Borough Council", "Quinn Hale", "Quince orchards",
                5_000, LocalDate.of(2024, 9, 2), at("2026-07-01"));
        Scenario.Officer officer = council.officer();
        Scenario.Funded funded = council.funded();
        Party grace = Party.organisation(Cast.GRACE);
        ConversationId onTopic = story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 7, 1),
                "Quince orchards for the parish", Visibility.SHARED, at("2026-07-02"), grace, officer.party());
        story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 1, 10), "Quince orchards: an early idea",
                Visibility.SHARED, at("2026-07-02"), grace, officer.party());
        story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 8, 1), "Potholes", Visibility.SHARED,
                at("2026-07-02"), grace, officer.party());
        story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 8, 15), "Quince orchards among ourselves",
                Visibility.SHARED, at("2026-07-02"), grace, Party.organisation(Cast.GL11));
        await.projections();
        String list = "/api/journeys/suggestions?bid=" + funded.bid();

        String suggestions = json("researcher", list);
        assertThat((List<String>) JsonPath.read(suggestions, "$[*].conversationId")).containsExactly(onTopic.toString());
        assertThat((String) JsonPath.read(suggestions, "$[0].reason")).isEqualTo("A conversation with Quinn Hale of "
                + "Quince Borough Council on 2024-07-01, 63 days before its decision on 'Quince orchards bid', about "
                + "orchards, quince");
        String id = JsonPath.read(suggestions, "$[0].suggestionId");
        // a suggestion never counts: the journey has no conversation and the award is not traceable
        assertThat((List<?>) read("coordinator", "/api/journeys/awards/" + funded.award(), "$.conversations")).isEmpty();

        api.post("researcher", "/api/journeys/suggestions/" + id + "/dismiss", """
                {"reason": "Not about this"}""").andExpect(status().isForbidden());
        api.post("grace", "/api/journeys/suggestions/" + id + "/dismiss", """
                {"reason": "Talked about a different orchard"}""").andExpect(status().isNoContent());
        await.projections();
        assertThat((List<?>) read("grace", list, "$")).isEmpty();
        assertThat((List<Boolean>) read("grace", list + "&includeDismissed=true", "$[*].dismissed")).containsExactly(true);
        api.post("grace", "/api/journeys/suggestions/" + id + "/dismiss", """
                {"reason": "again"}""").andExpect(status().isConflict());
        api.post("grace", "/api/journeys/suggestions/" + id + "/confirm", "{}").andExpect(status().isConflict());
        // as known before the dismissal, it was still a live suggestion
        assertThat((List<Boolean>) read("grace", list + "&knownOn=2026-07-03", "$[*].dismissed")).containsExactly(false);

        api.post("grace", "/api/journeys/suggestions/" + id + "/reconsider", """
                {"reason": "It was this orchard after all"}""").andExpect(status().isNoContent());
        await.projections();
        String claim = JsonPath.read(api.post("grace", "/api/journeys/suggestions/" + id + "/confirm", """
                        {"strength": "SIGNIFICANT"}""").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.contributionClaimId");
        await.projections();
        assertThat((List<?>) read("grace", list, "$")).isEmpty();
        String journey = json("grace", "/api/journeys/awards/" + funded.award());
        assertThat((List<String>) JsonPath.read(journey, "$.claims[*].claimId")).containsExactly(claim);
        assertThat((List<String>) JsonPath.read(journey, "$.claims[*].status")).containsExactly("STANDING");
        assertThat((List<String>) JsonPath.read(journey, "$.conversations[*].conversationId"))
                .containsExactly(onTopic.toString());
        api.post("grace", "/api/journeys/suggestions/" + id + "/confirm", "{}").andExpect(status().isNotFound());
    }

    @Test
    void unknownSuggestionsAndBidsAre404() throws Exception {
        api.post("grace", "/api/journeys/suggestions/" + java.util.UUID.randomUUID() + "/dismiss", """
                {"reason": "no"}""").andExpect(status().isNotFound());
        api.post("grace", "/api/journeys/suggestions/" + java.util.UUID.randomUUID() + "/reconsider", """
                {"reason": "no"}""").andExpect(status().isNotFound());
        api.get("grace", "/api/journeys/suggestions?bid=" + java.util.UUID.randomUUID()).andExpect(status().isNotFound());
    }
}
