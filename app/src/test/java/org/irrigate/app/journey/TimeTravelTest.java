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

/**
 * "As known on" a record time and "as it was on" a day, around a correction. A conversation is logged as having
 * happened on 20 February 2024 (recorded 22 February 2026) and corrected on 1 May 2026: it really happened on
 * 10 December 2023, under a different topic. The award it led to was decided on 1 March 2024.
 */
@IntegrationTest
class TimeTravelTest extends JourneyIntegration {
    @Autowired
    CommandGateway commands;

    @Test
    void knownOnIgnoresTheLaterCorrectionAndAsOfUsesTheCorrectedDate() throws Exception {
        Scenario story = new Scenario(commands);
        Scenario.Council council = story.awardingCouncil("Orchard Town Council", "Olive Grant", "Orchards", 1_000,
                LocalDate.of(2024, 3, 1), at("2026-02-01"));
        Scenario.Officer officer = council.officer();
        Scenario.Funded funded = council.funded();
        ConversationId talk = story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 2, 20), "Orchards: first ask",
                Visibility.SHARED, at("2026-02-22"), Party.organisation(Cast.GRACE), officer.party());
        story.claim(talk, funded.award(), Cast.GRACE, LocalDate.of(2024, 4, 1), at("2026-04-01"));
        story.amend(talk, Cast.GRACE, "grace", LocalDate.of(2023, 12, 10), "Orchards: first ask, at the harvest fair",
                "It was at the harvest fair in December", at("2026-05-01"), Party.organisation(Cast.GRACE),
                officer.party());
        await.projections();
        String journey = "/api/journeys/awards/" + funded.award();

        // As known on 15 April 2026: the first version, ten days before the decision.
        String before = json("coordinator", journey + "?knownOn=2026-04-15");
        assertThat((String) JsonPath.read(before, "$.conversations[0].topic")).isEqualTo("Orchards: first ask");
        assertThat((String) JsonPath.read(before, "$.conversations[0].happenedOn")).isEqualTo("2024-02-20");
        assertThat((Integer) JsonPath.read(before, "$.conversations[0].corrections")).isZero();
        assertThat((Integer) JsonPath.read(before, "$.leadTime.days")).isEqualTo(10);
        // Now: the correction, 82 days before the decision (2024 is a leap year).
        String now = json("coordinator", journey);
        assertThat((String) JsonPath.read(now, "$.conversations[0].topic"))
                .isEqualTo("Orchards: first ask, at the harvest fair");
        assertThat((String) JsonPath.read(now, "$.conversations[0].happenedOn")).isEqualTo("2023-12-10");
        assertThat((Integer) JsonPath.read(now, "$.leadTime.days")).isEqualTo(82);
        // As known before the claim was recorded there was no journey at all.
        assertThat((List<?>) JsonPath.read(json("coordinator", journey + "?knownOn=2026-03-01"), "$.claims")).isEmpty();
        // As it was on 25 March 2024, nobody had claimed anything yet: the award stands alone.
        String march = json("coordinator", journey + "?asOf=2024-03-25");
        assertThat((List<?>) JsonPath.read(march, "$.claims")).isEmpty();
        assertThat((List<?>) JsonPath.read(march, "$.conversations")).isEmpty();

        // As it was on 1 January 2024: as known now, the conversation had happened (10 December 2023) ...
        String forward = "/api/journeys/conversations/" + talk;
        assertThat((String) JsonPath.read(json("coordinator", forward + "?asOf=2024-01-01"), "$.label"))
                .isEqualTo("conversation on 2023-12-10: Orchards: first ask, at the harvest fair");
        // ... but as known on 15 April 2026 it was still thought to be in February, so not yet.
        api.get("coordinator", forward + "?asOf=2024-01-01&knownOn=2026-04-15").andExpect(status().isNotFound());
        // An instant works as well as a day, and before anything was recorded nothing is known.
        api.get("coordinator", forward + "?knownOn=2026-02-21T23:59:59Z").andExpect(status().isNotFound());
        api.get("coordinator", forward + "?knownOn=2026-02-22T10:00:00Z").andExpect(status().isOk());
        api.get("coordinator", forward + "?knownOn=yesterday").andExpect(status().isBadRequest());

        // The timeline answers the same two questions.
        List<String> knownThen = JsonPath.read(json("coordinator", "/api/timeline?size=50&person=" + officer.person()
                + "&knownOn=2026-04-15"), "$.items[*].summary");
        assertThat(knownThen).noneMatch(s -> s.startsWith("Corrected"));
        List<String> knownNow = JsonPath.read(json("coordinator", "/api/timeline?size=50&person=" + officer.person()),
                "$.items[*].summary");
        assertThat(knownNow).anyMatch(s -> s.startsWith("Corrected"));
        List<String> asOf = JsonPath.read(json("coordinator", "/api/timeline?size=50&person=" + officer.person()
                + "&asOf=2023-12-31"), "$.items[*].summary");
        assertThat(asOf).anyMatch(s -> s.startsWith("Corrected")).noneMatch(s -> s.startsWith("Logged"));
    }

    @Test
    void privateConversationsOfOtherPartnersStayOutOfTheirJourneysAndErasedPeopleAreErased() throws Exception {
        Scenario story = new Scenario(commands);
        Scenario.Council council = story.awardingCouncil("Pear Parish Council", "Percy Pear", "Pears", 2_000,
                LocalDate.of(2024, 5, 1), at("2026-02-01"));
        Scenario.Officer officer = council.officer();
        Scenario.Funded funded = council.funded();
        ConversationId secret = story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 3, 4), "Pears: a quiet word",
                Visibility.PRIVATE, at("2026-02-22"), Party.organisation(Cast.GRACE), officer.party());
        story.claim(secret, funded.award(), Cast.GRACE, LocalDate.of(2024, 6, 1), at("2026-03-01"));
        await.projections();
        String journey = "/api/journeys/awards/" + funded.award();

        assertThat((List<String>) read("grace", journey, "$.conversations[*].topic")).containsExactly("Pears: a quiet word");
        assertThat((List<String>) read("ggt", journey, "$.conversations[*].topic")).isEmpty();
        assertThat((String) read("ggt", journey, "$.claims[0].work"))
                .isEqualTo("a conversation not on record for you at this moment");
        api.get("ggt", "/api/journeys/conversations/" + secret).andExpect(status().isNotFound());
        assertThat((List<String>) read("coordinator", journey, "$.people[*].person.name")).contains("Percy Pear");

        api.post("coordinator", "/api/people/" + officer.person() + "/erase", """
                {"reason": "Asked to be forgotten"}""").andExpect(status().isNoContent());
        await.projections();
        assertThat((List<String>) read("coordinator", journey, "$.people[*].person.name"))
                .contains(Names.ERASED).doesNotContain("Percy Pear");
        assertThat((List<String>) read("coordinator", journey + "?knownOn=2026-03-02",
                "$.conversations[0].people[*].person.name")).containsExactly(Names.ERASED);
    }
}
