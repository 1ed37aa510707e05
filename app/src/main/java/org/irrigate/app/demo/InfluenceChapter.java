package org.irrigate.app.demo;

import static org.irrigate.app.demo.Cast.*;
import static org.irrigate.core.api.OutcomeArea.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.core.api.TippingPointId;
import org.irrigate.influence.api.AdvocacyCommand.CloseAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyOutcome;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyResponse;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.AmendConversation;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LinkFollowUpConversation;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationCommand.RetractConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipCommand.AssessRelationship;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationship;
import org.irrigate.influence.api.RepresentationCommand.StartRepresentation;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.StepKind;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.api.TippingPointCommand.MarkTippingPoint;
import org.irrigate.influence.api.Visibility;
import org.springframework.stereotype.Component;

/**
 * The influence work of 2022–2023 as the seeds tell it: two Stroud partners (The Grace Network and GL11) asking
 * that 10% of UKSPF go straight to community groups, won in Stroud and lost in Gloucester; the county Levelling Up
 * conference that reached the sector but not members; seats on the LSP and the ICB; the GGT-led youth services
 * partnership; relationships that grow from aware to trusted; the county contact whose leaving puts a relationship
 * at risk; and the council meeting that moved to a community venue.
 *
 * <p>Ids are public and derived from stable keys ({@link DemoIds#uuid}) so other chapters and tests can refer to them.
 */
@Component
public class InfluenceChapter implements DemoChapter {
    public static final AdvocacyActionId UKSPF_ADVOCACY = advocacy("ukspf-10-percent");
    public static final AdvocacyActionId UKSPF_GLOUCESTER_ADVOCACY = advocacy("ukspf-gloucester");
    public static final AdvocacyActionId LEVELLING_UP_ADVOCACY = advocacy("county-levelling-up");
    public static final AdvocacyActionId YOUTH_SERVICES_ADVOCACY = advocacy("youth-services-contract");

    public static final ConversationId STROUD_1 = conversation("stroud-1");
    public static final ConversationId STROUD_2 = conversation("stroud-2");
    public static final ConversationId STROUD_3 = conversation("stroud-3");
    public static final ConversationId GLOUCESTER_1 = conversation("gloucester-1");
    /** Its follow-up (GL11 to ask for feedback on the failed bid) is never completed: the overdue one. */
    public static final ConversationId GLOUCESTER_2 = conversation("gloucester-2");
    public static final ConversationId LEVELLING_UP_CONFERENCE = conversation("levelling-up-conference");
    public static final ConversationId ICB_SEAT_CONVERSATION = conversation("icb-seat");
    public static final ConversationId COUNTY_YOUTH_1 = conversation("county-youth-1");
    public static final ConversationId COUNTY_YOUTH_2 = conversation("county-youth-2");
    public static final ConversationId COUNTY_YOUTH_3 = conversation("county-youth-3");
    /** Private to The Grace Network. */
    public static final ConversationId PRIVATE_CONVERSATION = conversation("grace-hub-facilitators");
    /** GL11 logged the first Stroud meeting again; retracted as a duplicate. */
    public static final ConversationId DUPLICATE_CONVERSATION = conversation("stroud-1-duplicate");

    public static final RepresentationId LSP_SEAT = new RepresentationId(DemoIds.uuid("influence:representation:lsp"));
    public static final RepresentationId ICB_SEAT = new RepresentationId(DemoIds.uuid("influence:representation:icb"));

    public static final RelationshipId GRACE_STROUD_DC = relationship("grace-stroud-dc");
    public static final RelationshipId GL11_TOM_HUGHES = relationship("gl11-tom-hughes");
    public static final RelationshipId GRACE_GLOUCESTER_CITY = relationship("grace-gloucester-city");
    public static final RelationshipId JO_BENNETT_RUTH_ELLIS = relationship("jo-bennett-ruth-ellis");
    /** Carried by the county's Head of Communities; at risk once her role ends (2023-06-30). */
    public static final RelationshipId GGT_COUNTY = relationship("ggt-county");

    public static final TippingPointId COMMUNITY_VENUE =
            new TippingPointId(DemoIds.uuid("influence:tipping-point:community-venue"));

    private static final PlaceCode GLOUCESTERSHIRE = NetworkChapter.GLOUCESTERSHIRE;
    private static final PlaceCode STROUD = NetworkChapter.STROUD;
    private static final PlaceCode GLOUCESTER = NetworkChapter.GLOUCESTER;

    private final ProjectionControl projections;

    InfluenceChapter(ProjectionControl projections) {
        this.projections = projections;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void tell(Story story) {
        stroudBeginnings(story);
        gloucesterBid(story);
        stroudProposal(story);
        youthServicesBeginnings(story);
        levellingUpConference(story);
        seats(story);
        gloucesterRejected(story);
        stroudAgreed(story);
        communityVenue(story);
        youthServicesWon(story);
        awaitKeyPersonRisk();
    }

    /**
     * The county relationship is flagged at risk by a policy reacting to the story's events, a moment after they are
     * stored. The story is told when that has happened too: a backup taken right after loading holds the flag.
     */
    private void awaitKeyPersonRisk() {
        try {
            projections.awaitCaughtUp(Duration.ofSeconds(60));
        } catch (TimeoutException e) {
            throw new IllegalStateException("The demo story's consequences were not recorded in time", e);
        }
    }

    private void stroudBeginnings(Story story) {
        LocalDate known = LocalDate.of(2022, 3, 14);
        story.tell("grace", GRACE, known, new RecordRelationship(GRACE_STROUD_DC, org(GRACE), org(STROUD_DC),
                Strength.AWARE, "Known through the pandemic food response; not yet working together on funding",
                List.of(), role(PRIYA_SHAH, "priya-shah"), known));
        LocalDate started = LocalDate.of(2022, 6, 1);
        story.tell("grace", GRACE, started, new StartAdvocacyAction(UKSPF_ADVOCACY,
                "10% of UK Shared Prosperity Fund money to go straight to community groups",
                "Stroud District Council's UKSPF investment plan", Set.of(GRACE, GL11), STROUD_DC,
                Set.of(PRIYA_SHAH, TOM_HUGHES), started));
        LocalDate met = LocalDate.of(2022, 6, 14);
        story.tell("grace", GRACE, met, log(STROUD_1, GRACE, met, details(Channel.MEETING, STROUD,
                        "UKSPF: a share for community groups",
                        "First conversation with the district about the UK Shared Prosperity Fund investment plan. "
                                + "We asked that 10% go straight to community groups, through the community hubs.",
                        List.of("10% of Stroud's UKSPF allocation to go straight to community groups",
                                "Community hubs as the route for the money"),
                        Set.of(PARTICIPATION_AND_INFLUENCE, LOCAL_ECONOMY),
                        org(GRACE), org(GL11), org(STROUD_DC), person(WILL_MANSELL), person(PRIYA_SHAH)),
                List.of(new NewFollowUp("Send the community hubs proposal to the council", org(GRACE),
                        LocalDate.of(2022, 7, 1))), Visibility.SHARED));
        story.tell("gl11", GL11, met, log(DUPLICATE_CONVERSATION, GL11, met, details(Channel.MEETING, STROUD,
                "Meeting with the district about UKSPF", null, List.of(), Set.of(), org(GL11), org(STROUD_DC)),
                List.of(), Visibility.SHARED));
        story.tell("gl11", GL11, LocalDate.of(2022, 6, 20), new RetractConversation(DUPLICATE_CONVERSATION,
                "Duplicate: The Grace Network logged the same meeting", LocalDate.of(2022, 6, 20)));
        story.tell("grace", GRACE, LocalDate.of(2022, 6, 29), new CompleteFollowUp(STROUD_1, 1, GRACE, "Proposal sent",
                LocalDate.of(2022, 6, 29)));
        story.tell("grace", GRACE, met, new TakeAdvocacyStep(UKSPF_ADVOCACY, StepKind.MEETING,
                "Met the district's officers to make the ask", List.of(STROUD_1), met));
        story.tell("grace", GRACE, met, new AssessRelationship(GRACE_STROUD_DC, Strength.ENGAGED,
                "Officers open to the ask", List.of(STROUD_1), met));
    }

    private void gloucesterBid(Story story) {
        LocalDate met = LocalDate.of(2022, 7, 12);
        Set<OutcomeArea> areas = Set.of(PARTICIPATION_AND_INFLUENCE, LOCAL_ECONOMY);
        String topic = "UKSPF: 10% for community groups in Gloucester";
        String summary = "Made the same ask of the city as of the district: 10% of UKSPF straight to community groups.";
        List<String> asks = List.of("10% of Gloucester City's UKSPF money to go straight to community groups");
        Party[] who = {org(GRACE), org(GL11), org(GLOUCESTER_CITY), person(DAN_PRICE)};
        // Logged as a call by mistake, and corrected: the correction is an event with its reason.
        story.tell("grace", GRACE, met, log(GLOUCESTER_1, GRACE, met,
                details(Channel.CALL, GLOUCESTER, topic, summary, asks, areas, who),
                List.of(new NewFollowUp("Confirm how the city will take bids for UKSPF", org(GLOUCESTER_CITY),
                        LocalDate.of(2022, 8, 31))), Visibility.SHARED));
        story.tell("grace", GRACE, LocalDate.of(2022, 7, 15), new AmendConversation(GLOUCESTER_1, met,
                details(Channel.MEETING, GLOUCESTER, topic, summary, asks, areas, who),
                "It was a meeting at the Guildhall, not a call"));
        story.tell("grace", GRACE, LocalDate.of(2022, 9, 5), new CompleteFollowUp(GLOUCESTER_1, 1, GRACE,
                "The city will run an open call", LocalDate.of(2022, 9, 5)));
        story.tell("grace", GRACE, met, new StartAdvocacyAction(UKSPF_GLOUCESTER_ADVOCACY, asks.getFirst(),
                "Gloucester City Council's UKSPF investment plan", Set.of(GRACE, GL11), GLOUCESTER_CITY,
                Set.of(DAN_PRICE), met));
        story.tell("grace", GRACE, met, new TakeAdvocacyStep(UKSPF_GLOUCESTER_ADVOCACY, StepKind.MEETING,
                "Met the city's communities officer to make the ask", List.of(GLOUCESTER_1), met));
        story.tell("grace", GRACE, met, new RecordRelationship(GRACE_GLOUCESTER_CITY, org(GRACE),
                org(GLOUCESTER_CITY), Strength.AWARE, "One officer knows our work", List.of(GLOUCESTER_1),
                role(DAN_PRICE, "dan-price"), met));
    }

    private void stroudProposal(Story story) {
        LocalDate met = LocalDate.of(2022, 9, 20);
        story.tell("gl11", GL11, met, log(STROUD_2, GL11, met, details(Channel.MEETING, STROUD,
                        "UKSPF investment plan: community hubs proposal",
                        "Walked officers through the hubs proposal: ten hubs, area facilitators, and small grants "
                                + "for groups with no legal form.",
                        List.of("Ringfence 10% of UKSPF for community groups", "Fund three area facilitators",
                                "Small grants for 'people on benches' groups"),
                        Set.of(LOCAL_ECONOMY, PARTICIPATION_AND_INFLUENCE, NEIGHBOURHOOD_TRUST),
                        org(GL11), org(GRACE), org(STROUD_DC), person(TOM_HUGHES), person(PRIYA_SHAH)),
                List.of(new NewFollowUp("Share the draft UKSPF allocation with the hubs", org(STROUD_DC),
                        LocalDate.of(2022, 10, 31))), Visibility.SHARED));
        story.tell("gl11", GL11, LocalDate.of(2022, 11, 2), new CompleteFollowUp(STROUD_2, 1, GL11,
                "Draft allocation shared; the hubs line is in it", LocalDate.of(2022, 11, 2)));
        story.tell("grace", GRACE, met, new LinkFollowUpConversation(STROUD_1, STROUD_2, met));
        story.tell("gl11", GL11, met, new TakeAdvocacyStep(UKSPF_ADVOCACY, StepKind.PROPOSAL,
                "Submitted the community hubs proposal: 10% of UKSPF to community groups", List.of(STROUD_2), met));
        story.tell("gl11", GL11, met, new RecordRelationship(GL11_TOM_HUGHES, org(GL11), person(TOM_HUGHES),
                Strength.AWARE, "New UKSPF programme officer", List.of(STROUD_2), role(TOM_HUGHES, "tom-hughes"), met));
        story.tell("grace", GRACE, met, new AssessRelationship(GRACE_STROUD_DC, Strength.ENGAGED,
                "Officers shaping the plan with us", List.of(STROUD_2), met));
    }

    private void youthServicesBeginnings(Story story) {
        LocalDate met = LocalDate.of(2022, 10, 11);
        story.tell("ggt", GGT, met, log(COUNTY_YOUTH_1, GGT, met, details(Channel.MEETING, GLOUCESTERSHIRE,
                        "Open-access youth services: commissioning approach",
                        "Asked the county to commission youth services through local organisations rather than a "
                                + "national provider.",
                        List.of("Commission open-access youth services through a local partnership"),
                        Set.of(EDUCATION_AND_LEARNING, WELLBEING),
                        org(GGT), org(VENTURE), org(COUNTY), person(HELEN_CARTER), person(JO_BENNETT),
                        person(KIM_OKAFOR)),
                List.of(new NewFollowUp("Convene partners for a joint bid", org(GGT), LocalDate.of(2022, 12, 1))),
                Visibility.SHARED));
        story.tell("ggt", GGT, LocalDate.of(2022, 11, 24), new CompleteFollowUp(COUNTY_YOUTH_1, 1, GGT,
                "Over 30 organisations signed up", LocalDate.of(2022, 11, 24)));
        story.tell("ggt", GGT, met, new StartAdvocacyAction(YOUTH_SERVICES_ADVOCACY,
                "Commission open-access youth services in Gloucester and the Forest of Dean through a local partnership",
                "Gloucestershire County Council's open-access youth services contract", Set.of(GGT, VENTURE, FVAF),
                COUNTY, Set.of(HELEN_CARTER), met));
        story.tell("ggt", GGT, met, new TakeAdvocacyStep(YOUTH_SERVICES_ADVOCACY, StepKind.MEETING,
                "Met the Head of Communities about the commissioning approach", List.of(COUNTY_YOUTH_1), met));
        // Recorded after network-core's record of her role ending: the policy flags it at risk as it is recorded.
        story.tell("ggt", GGT, met, new RecordRelationship(GGT_COUNTY, org(GGT), org(COUNTY), Strength.ENGAGED,
                "Carried by the Head of Communities", List.of(COUNTY_YOUTH_1), role(HELEN_CARTER, "helen-carter"),
                met));
    }

    private void levellingUpConference(Story story) {
        LocalDate started = LocalDate.of(2022, 11, 1);
        story.tell("grace", GRACE, started, new StartAdvocacyAction(LEVELLING_UP_ADVOCACY,
                "Resources for the VCSE to shape and deliver levelling up activities",
                "The county's levelling up priorities", Set.of(GRACE, GL11, GGT), COUNTY, Set.of(HELEN_CARTER),
                started));
        LocalDate conference = LocalDate.of(2022, 11, 17);
        story.tell("grace", GRACE, conference, log(LEVELLING_UP_CONFERENCE, GRACE, conference,
                details(Channel.EVENT, GLOUCESTERSHIRE, "County Levelling Up conference: the network's presentation",
                        "Partners presented the theory of change and the case for community-led funding. It reached "
                                + "others in the sector, but not elected members; it felt tokenistic.",
                        List.of("Resources for the VCSE to shape and deliver levelling up"),
                        Set.of(PARTICIPATION_AND_INFLUENCE),
                        org(GRACE), org(GL11), org(GGT), org(COUNTY), person(HELEN_CARTER)),
                List.of(), Visibility.SHARED));
        story.tell("grace", GRACE, conference, new TakeAdvocacyStep(LEVELLING_UP_ADVOCACY, StepKind.PRESENTATION,
                "Presented at the county Levelling Up conference", List.of(LEVELLING_UP_CONFERENCE), conference));
        story.tell("grace", GRACE, conference, new TakeAdvocacyStep(UKSPF_ADVOCACY, StepKind.PRESENTATION,
                "Made the case for community-led funding at the county Levelling Up conference",
                List.of(LEVELLING_UP_CONFERENCE), conference));
        story.tell("grace", GRACE, LocalDate.of(2023, 1, 31), new RecordAdvocacyResponse(LEVELLING_UP_ADVOCACY,
                ResponseKind.NO_RESPONSE, "No change of priorities among elected members", LocalDate.of(2023, 1, 31)));
        LocalDate reflection = LocalDate.of(2023, 3, 15);
        story.tell("grace", GRACE, reflection, new RecordAdvocacyOutcome(LEVELLING_UP_ADVOCACY,
                OutcomeResult.PARTLY_ACHIEVED, "Others in the sector heard a clear voice for change; elected members' "
                + "perceptions did not change", reflection));
        story.tell("grace", GRACE, reflection, new CloseAdvocacyAction(LEVELLING_UP_ADVOCACY,
                "Felt tokenistic; no route to elected members for now", reflection));
    }

    private void seats(Story story) {
        LocalDate lsp = LocalDate.of(2022, 11, 1);
        story.tell("grace", GRACE, lsp, new StartRepresentation(LSP_SEAT, WILL_MANSELL, GRACE, LSP,
                "Community sector representative", lsp));
        LocalDate met = LocalDate.of(2022, 12, 6);
        story.tell("ggt", GGT, met, log(ICB_SEAT_CONVERSATION, GGT, met, details(Channel.MEETING, GLOUCESTERSHIRE,
                        "A VCSE seat on the ICB", "The ICB wants community anchors represented on its community "
                                + "partnerships work.",
                        List.of("A seat for community anchors on the ICB's community partnerships board"),
                        Set.of(MENTAL_AND_PHYSICAL_HEALTH, PARTICIPATION_AND_INFLUENCE),
                        org(GGT), org(ICB), person(JO_BENNETT), person(RUTH_ELLIS)),
                List.of(), Visibility.SHARED));
        story.tell("ggt", GGT, met, new RecordRelationship(JO_BENNETT_RUTH_ELLIS, person(JO_BENNETT),
                person(RUTH_ELLIS), Strength.ENGAGED, null, List.of(ICB_SEAT_CONVERSATION),
                role(RUTH_ELLIS, "ruth-ellis"), met));
        LocalDate icb = LocalDate.of(2023, 1, 10);
        story.tell("ggt", GGT, icb, new StartRepresentation(ICB_SEAT, JO_BENNETT, GGT, ICB,
                "VCSE representative, community partnerships", icb));
    }

    private void gloucesterRejected(Story story) {
        LocalDate heard = LocalDate.of(2023, 1, 24);
        story.tell("gl11", GL11, heard, log(GLOUCESTER_2, GL11, heard, details(Channel.EMAIL, GLOUCESTER,
                        "Gloucester UKSPF bid not taken forward",
                        "The city will not ringfence UKSPF for community groups. Learning carried into the Stroud "
                                + "proposal.",
                        List.of(), Set.of(LOCAL_ECONOMY), org(GL11), org(GLOUCESTER_CITY), person(DAN_PRICE)),
                List.of(new NewFollowUp("Ask the city for feedback on why the bid failed", org(GL11),
                        LocalDate.of(2023, 3, 1))), Visibility.SHARED));
        story.tell("grace", GRACE, heard, new LinkFollowUpConversation(GLOUCESTER_1, GLOUCESTER_2, heard));
        story.tell("grace", GRACE, heard, new RecordAdvocacyResponse(UKSPF_GLOUCESTER_ADVOCACY, ResponseKind.REJECTED,
                "The city will not ringfence UKSPF for community groups", heard));
        story.tell("grace", GRACE, heard, new RecordAdvocacyOutcome(UKSPF_GLOUCESTER_ADVOCACY,
                OutcomeResult.NOT_ACHIEVED, "Bid unsuccessful; the learning informed the Stroud proposal", heard));
        story.tell("grace", GRACE, LocalDate.of(2023, 2, 1), new CloseAdvocacyAction(UKSPF_GLOUCESTER_ADVOCACY,
                "Bid unsuccessful; effort moved to Stroud", LocalDate.of(2023, 2, 1)));
        story.tell("grace", GRACE, heard, new AssessRelationship(GRACE_GLOUCESTER_CITY, Strength.AWARE,
                "Harder to influence: many voices seek the council's ear", List.of(GLOUCESTER_2), heard));
    }

    private void stroudAgreed(Story story) {
        LocalDate agreed = LocalDate.of(2023, 2, 8);
        story.tell("grace", GRACE, agreed, log(STROUD_3, GRACE, agreed, details(Channel.CALL, STROUD,
                        "Hubs funding agreed: £275,000 over three years",
                        "The council will fund ten community hubs from UKSPF: £275,000 over three years, three area "
                                + "facilitators (£60,000 a year) and £10,000 a year for three years for 'people on "
                                + "benches' groups.",
                        List.of(), Set.of(LOCAL_ECONOMY, PARTICIPATION_AND_INFLUENCE, NEIGHBOURHOOD_TRUST, WELLBEING),
                        org(GRACE), org(STROUD_DC), person(TOM_HUGHES)),
                List.of(new NewFollowUp("Draft the hubs grant agreement with the council", org(GRACE),
                        LocalDate.of(2023, 3, 15))), Visibility.SHARED));
        story.tell("grace", GRACE, LocalDate.of(2023, 3, 10), new CompleteFollowUp(STROUD_3, 1, GRACE,
                "Grant agreement drafted", LocalDate.of(2023, 3, 10)));
        story.tell("gl11", GL11, agreed, new LinkFollowUpConversation(STROUD_2, STROUD_3, agreed));
        story.tell("grace", GRACE, agreed, new RecordAdvocacyResponse(UKSPF_ADVOCACY, ResponseKind.ACCEPTED,
                "The council adopted the community-led approach", agreed));
        story.tell("grace", GRACE, agreed, new RecordAdvocacyOutcome(UKSPF_ADVOCACY, OutcomeResult.ACHIEVED,
                "£275,000 over three years for ten Stroud community hubs, three area facilitators at £60,000 a year "
                        + "and £10,000 a year for three years for 'people on benches' groups", agreed));
        story.tell("grace", GRACE, agreed, new AssessRelationship(GRACE_STROUD_DC, Strength.TRUSTED,
                "Frank conversations about decisions; officers see the network as a source of support",
                List.of(STROUD_3), agreed));
        story.tell("gl11", GL11, agreed, new AssessRelationship(GL11_TOM_HUGHES, Strength.ENGAGED, null,
                List.of(STROUD_3), agreed));
        LocalDate chat = LocalDate.of(2023, 3, 2);
        story.tell("grace", GRACE, chat, log(PRIVATE_CONVERSATION, GRACE, chat, details(Channel.CHANCE_ENCOUNTER,
                        STROUD, "Hub facilitator recruitment: an early sounding",
                        "Informal chat about who might apply for the facilitator roles; not for sharing yet.",
                        List.of(), Set.of(QUALITY_OF_EMPLOYMENT), org(GRACE), org(STROUD_DC), person(PRIYA_SHAH)),
                List.of(), Visibility.PRIVATE));
    }

    private void communityVenue(Story story) {
        LocalDate moved = LocalDate.of(2023, 4, 19);
        story.tell("grace", GRACE, moved, new MarkTippingPoint(COMMUNITY_VENUE,
                "Council meeting moved to a community venue",
                "The hubs' meetings with the district council were held at the council offices, on the council's "
                        + "agenda: officers led and community groups reported back.",
                "The meeting moved to a community venue. The balance of power shifted: partners and groups set the "
                        + "agenda with officers, and conversations turned to what communities need.",
                Set.of(STROUD_DC, GRACE, GL11, STROUD_HUBS), STROUD, List.of(STROUD_3), List.of(UKSPF_ADVOCACY),
                moved));
    }

    private void youthServicesWon(Story story) {
        LocalDate met = LocalDate.of(2023, 5, 16);
        story.tell("ggt", GGT, met, log(COUNTY_YOUTH_2, GGT, met, details(Channel.MEETING, GLOUCESTERSHIRE,
                        "Youth services partnership bid",
                        "Agreed the shape of a partnership bid led by GGT: The Venture delivering in Gloucester, "
                                + "Forest Voluntary Action Forum in the Forest of Dean.",
                        List.of("Accept a partnership bid led by GGT for Gloucester and the Forest of Dean"),
                        Set.of(EDUCATION_AND_LEARNING, QUALITY_OF_EMPLOYMENT),
                        org(GGT), org(VENTURE), org(FVAF), org(COUNTY), person(HELEN_CARTER), person(KIM_OKAFOR)),
                List.of(new NewFollowUp("Submit the partnership bid", org(GGT), LocalDate.of(2023, 6, 16))),
                Visibility.SHARED));
        story.tell("ggt", GGT, LocalDate.of(2023, 6, 14), new CompleteFollowUp(COUNTY_YOUTH_2, 1, GGT, "Bid submitted",
                LocalDate.of(2023, 6, 14)));
        story.tell("ggt", GGT, met, new LinkFollowUpConversation(COUNTY_YOUTH_1, COUNTY_YOUTH_2, met));
        story.tell("ggt", GGT, met, new AssessRelationship(GGT_COUNTY, Strength.TRUSTED,
                "The Head of Communities backs a local partnership", List.of(COUNTY_YOUTH_2), met));
        story.tell("ggt", GGT, LocalDate.of(2023, 6, 14), new TakeAdvocacyStep(YOUTH_SERVICES_ADVOCACY,
                StepKind.PROPOSAL, "Submitted the bid on behalf of over 30 organisations", List.of(COUNTY_YOUTH_2),
                LocalDate.of(2023, 6, 14)));
        LocalDate newContact = LocalDate.of(2023, 10, 3);
        story.tell("ggt", GGT, newContact, log(COUNTY_YOUTH_3, GGT, newContact, details(Channel.MEETING,
                        GLOUCESTERSHIRE, "Youth services contract: a new county contact",
                        "Met the interim Head of Communities after our contact left the council; started again "
                                + "from the beginning on the youth services decision.",
                        List.of(), Set.of(EDUCATION_AND_LEARNING), org(GGT), org(COUNTY), person(MARCUS_WEBB)),
                List.of(), Visibility.SHARED));
        LocalDate awarded = LocalDate.of(2023, 11, 20);
        story.tell("ggt", GGT, awarded, new RecordAdvocacyResponse(YOUTH_SERVICES_ADVOCACY, ResponseKind.ACCEPTED,
                "Contract awarded to the GGT-led partnership", awarded));
        story.tell("ggt", GGT, awarded, new RecordAdvocacyOutcome(YOUTH_SERVICES_ADVOCACY, OutcomeResult.ACHIEVED,
                "£640,000 a year for five years for open-access youth services, delivered by The Venture and Forest "
                        + "Voluntary Action Forum", awarded));
    }

    private static LogConversation log(ConversationId id, OrganisationId loggedBy, LocalDate on,
                                       ConversationDetails details, List<NewFollowUp> followUps, Visibility visibility) {
        return new LogConversation(id, loggedBy, on, details, followUps, visibility);
    }

    private static ConversationDetails details(Channel channel, PlaceCode place, String topic, String summary,
                                               List<String> asks, Set<OutcomeArea> areas, Party... participants) {
        return new ConversationDetails(List.of(participants), place, channel, topic, summary, asks, areas);
    }

    private static Party org(OrganisationId id) {
        return Party.organisation(id);
    }

    private static Party person(PersonId id) {
        return Party.person(id);
    }

    /** NetworkChapter keys each person's first role by their name. */
    private static RoleDependency role(PersonId person, String key) {
        return new RoleDependency(person, DemoIds.role(key));
    }

    private static ConversationId conversation(String key) {
        return new ConversationId(DemoIds.uuid("influence:conversation:" + key));
    }

    private static AdvocacyActionId advocacy(String key) {
        return new AdvocacyActionId(DemoIds.uuid("influence:advocacy:" + key));
    }

    private static RelationshipId relationship(String key) {
        return new RelationshipId(DemoIds.uuid("influence:relationship:" + key));
    }
}
