package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.app.journey.Scenario.at;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.FundingChapter;
import org.irrigate.app.demo.InfluenceChapter;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationCommand.RenameOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Viewer;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.ChallengeContributionClaim;
import org.irrigate.funding.api.FundingCommand.WithdrawContributionClaim;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Network figures, checked by hand against the demo story and a small story of the test's own. */
@IntegrationTest
class JourneyFiguresTest extends JourneyIntegration {
    @Autowired
    CommandGateway commands;
    @Autowired
    JourneyFigures figures;

    /**
     * As known at the end of 2025 (before any test recorded anything): Stroud £365,000, youth services £3.2m and
     * family hubs £1.8m are traceable to conversations; Levelling Up £250,000 only to a seat. Lead times 239, 405 and
     * 608 days: median 405. The two county youth conversations are in two journeys each (youth services, family hubs).
     */
    @Test
    void theDemoFiguresAddUpByHand() throws Exception {
        await.projections();
        String figures = json("researcher", "/api/journeys/figures?knownOn=2025-12-31");
        assertThat(((Number) JsonPath.read(figures, "$.awards")).intValue()).isEqualTo(4);
        assertThat(((Number) JsonPath.read(figures, "$.awardedPence")).longValue()).isEqualTo(561_500_000L);
        assertThat(((Number) JsonPath.read(figures, "$.traceablePence")).longValue()).isEqualTo(536_500_000L);
        assertThat((Double) JsonPath.read(figures, "$.share")).isEqualTo(0.9555);
        assertThat((Double) JsonPath.read(figures, "$.medianLeadTimeDays")).isEqualTo(405.0);
        Map<String, Object> year2023 = JsonPath.<List<Map<String, Object>>>read(figures, "$.byYear[?(@.key == '2023')]")
                .getFirst();
        assertThat(((Number) year2023.get("awardedPence")).longValue()).isEqualTo(381_500_000L);
        assertThat(((Number) year2023.get("traceablePence")).longValue()).isEqualTo(356_500_000L);
        List<String> top = JsonPath.read(figures, "$.conversations[0:2].id");
        assertThat(top).containsExactly(InfluenceChapter.COUNTY_YOUTH_1.toString(),
                InfluenceChapter.COUNTY_YOUTH_2.toString());
        assertThat(((Number) JsonPath.read(figures, "$.conversations[0].journeys")).intValue()).isEqualTo(2);
        assertThat((String) JsonPath.read(figures, "$.relationships[0].id"))
                .isEqualTo(InfluenceChapter.GRACE_STROUD_DC.toString());
        // both county contracts rest on the Head of Communities, who left in June 2023
        assertThat((List<String>) JsonPath.read(figures, "$.atRisk[*].decision.id")).containsExactly(
                FundingChapter.YOUTH_SERVICES_AWARD.toString(), FundingChapter.FAMILY_HUBS_AWARD.toString());
    }

    /** Two awards from one council to one partner, £1,000 traceable to a conversation and £3,000 not: a quarter. */
    @Test
    void shareByFunderAndPartner() throws Exception {
        Scenario story = new Scenario(commands);
        OrganisationId council = story.council("Plum District Council", at("2026-06-01"));
        OrganisationId partner = story.partner("Plum Partnership", at("2026-06-01"));
        Scenario.Officer officer = story.officer("Pat Plum", council, at("2026-06-01"));
        Scenario.Funded traced = story.funded(council, "Plum trees", partner, 1_000, DecisionOutcome.AWARDED,
                LocalDate.of(2024, 6, 3), at("2026-06-01"));
        story.funded(council, "Plum jam", partner, 3_000, DecisionOutcome.AWARDED, LocalDate.of(2024, 7, 1),
                at("2026-06-01"));
        ConversationId talk = story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 5, 4), "Plum trees",
                Visibility.SHARED, at("2026-06-02"), Party.organisation(Cast.GRACE), officer.party());
        story.claim(talk, traced.award(), Cast.GRACE, LocalDate.of(2024, 6, 10), at("2026-06-03"));
        await.projections();

        String figures = json("coordinator", "/api/journeys/figures");
        for (String dimension : List.of("byFunder", "byPartner")) {
            Map<String, Object> share = JsonPath.<List<Map<String, Object>>>read(figures, "$." + dimension
                    + "[?(@.key == '" + (dimension.equals("byFunder") ? council : partner) + "')]").getFirst();
            assertThat(((Number) share.get("awards")).intValue()).isEqualTo(2);
            assertThat(((Number) share.get("awardedPence")).longValue()).isEqualTo(400_000L);
            assertThat(((Number) share.get("traceablePence")).longValue()).isEqualTo(100_000L);
            assertThat((Double) share.get("share")).isEqualTo(0.25);
        }
        assertThat((Integer) read("coordinator", "/api/journeys/awards/" + traced.award(), "$.leadTime.days"))
                .isEqualTo(30);
    }

    /** A challenged claim still leads somewhere (a challenge is not a refutation); a withdrawn one leads nowhere. */
    @Test
    void withdrawnClaimsAreListedButNotFollowed() throws Exception {
        Scenario story = new Scenario(commands);
        Scenario.Council council = story.awardingCouncil("Medlar Council", "Mel Medlar", "Medlars", 4_000,
                LocalDate.of(2024, 8, 5), at("2026-05-20"));
        ConversationId talk = story.conversation(Cast.GRACE, "grace", LocalDate.of(2024, 7, 1), "Medlars",
                Visibility.SHARED, at("2026-05-20"), Party.organisation(Cast.GRACE), council.officer().party());
        ContributionClaimId claim = story.claim(talk, council.funded().award(), Cast.GRACE, LocalDate.of(2024, 9, 1),
                at("2026-05-21"));
        story.as("ggt", Cast.GGT, at("2026-05-22"), new ChallengeContributionClaim(claim, Cast.GGT,
                "The council had decided before", LocalDate.of(2024, 9, 2)));
        await.projections();
        String journey = "/api/journeys/awards/" + council.funded().award();
        assertThat((List<String>) read("coordinator", journey, "$.claims[*].status")).containsExactly("CHALLENGED");
        assertThat((List<?>) read("coordinator", journey, "$.conversations")).hasSize(1);

        story.as("grace", Cast.GRACE, at("2026-05-23"), new WithdrawContributionClaim(claim, Cast.GRACE,
                "Agreed: it came too late", LocalDate.of(2024, 9, 3)));
        await.projections();
        String withdrawn = json("coordinator", journey);
        assertThat((List<String>) JsonPath.read(withdrawn, "$.claims[*].status")).containsExactly("WITHDRAWN");
        assertThat((List<Boolean>) JsonPath.read(withdrawn, "$.claims[*].followed")).containsExactly(false);
        assertThat((List<?>) JsonPath.read(withdrawn, "$.conversations")).isEmpty();
        Map<String, Object> share = JsonPath.<List<Map<String, Object>>>read(json("coordinator",
                "/api/journeys/figures"), "$.byFunder[?(@.key == '" + council.id() + "')]").getFirst();
        assertThat(((Number) share.get("traceablePence")).longValue()).isZero();
        // as it was on 2 September 2024 the claim stood, challenged
        assertThat((List<String>) read("coordinator", journey + "?asOf=2024-09-02", "$.claims[*].status"))
                .containsExactly("CHALLENGED");
    }

    /**
     * A kept picture keeps its figures between questions; a rename is no journey fact (the picture stays), yet the
     * next answer carries the new name.
     */
    @Test
    void keptFiguresFollowARename() throws Exception {
        Scenario story = new Scenario(commands);
        OrganisationId council = story.council("Quince Council", at("2026-06-05"));
        OrganisationId partner = story.partner("Quince Partnership", at("2026-06-05"));
        story.funded(council, "Quinces", partner, 2_000, DecisionOutcome.AWARDED, LocalDate.of(2024, 6, 3),
                at("2026-06-05"));
        await.projections();
        Viewer coordinator = new Viewer("coordinator", null, true);
        JourneyFigures.Figures first = figures.figures(null, Moment.NOW, coordinator);
        assertThat(figures.figures(null, Moment.NOW, coordinator)).isSameAs(first);
        assertThat(partnerName(partner)).isEqualTo("Quince Partnership");

        story.coordinator(at("2026-06-06"), new RenameOrganisation(partner, "Quince Hub", LocalDate.of(2026, 6, 6)));
        await.projections();
        assertThat(partnerName(partner)).isEqualTo("Quince Hub");
        JourneyFigures.Figures renamed = figures.figures(null, Moment.NOW, coordinator);
        assertThat(renamed).isNotSameAs(first);
        assertThat(renamed.awards()).isEqualTo(first.awards());
    }

    private String partnerName(OrganisationId partner) throws Exception {
        return JsonPath.<List<String>>read(json("coordinator", "/api/journeys/figures"),
                "$.byPartner[?(@.key == '" + partner + "')].name").getFirst();
    }

    @Test
    void theMedianOfAnEvenNumberOfLeadTimesIsTheMeanOfTheMiddleTwo() {
        assertThat(JourneyFigures.median(List.of(10L, 20L, 40L, 100L))).isEqualTo(30.0);
        assertThat(JourneyFigures.median(List.of(7L))).isEqualTo(7.0);
        assertThat(JourneyFigures.median(List.of())).isNull();
    }
}
