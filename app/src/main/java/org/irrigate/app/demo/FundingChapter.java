package org.irrigate.app.demo;

import static org.irrigate.app.demo.Cast.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingCommand;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.RecordDisbursement;
import org.irrigate.funding.api.FundingCommand.RecordFundingOpportunity;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.irrigate.core.api.ContributionClaimId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The money the story is about (seed 001, "Irrigating the system"; seed 002): the Stroud UKSPF success with its hubs,
 * facilitators and "people on benches" parts, the unsuccessful Gloucester City bid, the county's youth services and
 * Children and Family Hubs contracts won by the GGT-led partnership, and the Levelling Up money the framework
 * leveraged. Each links back to the influence work by contribution claims.
 */
@Component
public class FundingChapter implements DemoChapter {
    private static final Logger log = LoggerFactory.getLogger(FundingChapter.class);

    public static final FundingOpportunityId STROUD_UKSPF = opportunity("stroud-ukspf");
    public static final FundingOpportunityId GLOUCESTER_UKSPF = opportunity("gloucester-ukspf");
    public static final FundingOpportunityId YOUTH_SERVICES_CONTRACT = opportunity("youth-services");
    public static final FundingOpportunityId FAMILY_HUBS_CONTRACT = opportunity("family-hubs");
    public static final FundingOpportunityId LEVELLING_UP_FUND = opportunity("levelling-up");

    public static final BidId STROUD_UKSPF_BID = new BidId(DemoIds.uuid("funding:bid:stroud-ukspf"));
    public static final BidId GLOUCESTER_UKSPF_BID = new BidId(DemoIds.uuid("funding:bid:gloucester-ukspf"));
    public static final BidId YOUTH_SERVICES_BID = new BidId(DemoIds.uuid("funding:bid:youth-services"));
    public static final BidId FAMILY_HUBS_BID = new BidId(DemoIds.uuid("funding:bid:family-hubs"));
    public static final BidId LEVELLING_UP_BID = new BidId(DemoIds.uuid("funding:bid:levelling-up"));

    public static final AwardId STROUD_UKSPF_AWARD = new AwardId(DemoIds.uuid("funding:award:stroud-ukspf"));
    public static final AwardId YOUTH_SERVICES_AWARD = new AwardId(DemoIds.uuid("funding:award:youth-services"));
    public static final AwardId FAMILY_HUBS_AWARD = new AwardId(DemoIds.uuid("funding:award:family-hubs"));
    public static final AwardId LEVELLING_UP_AWARD = new AwardId(DemoIds.uuid("funding:award:levelling-up"));

    /** The Stroud award's parts, so tests can pay against them. */
    public static final String STROUD_HUBS_2025 = "hubs-2025-26";

    // The influence work these awards grew from; the influence chapter records it under these keys.
    static final AdvocacyActionId UKSPF_TEN_PERCENT = advocacy("ukspf-10-percent");
    static final AdvocacyActionId YOUTH_SERVICES_ADVOCACY = advocacy("youth-services-contract");
    static final ConversationId STROUD_1 = conversation("stroud-1");
    static final ConversationId STROUD_2 = conversation("stroud-2");
    static final ConversationId STROUD_3 = conversation("stroud-3");
    static final ConversationId GLOUCESTER_1 = conversation("gloucester-1");
    static final ConversationId GLOUCESTER_2 = conversation("gloucester-2");
    static final RepresentationId LSP_SEAT = new RepresentationId(DemoIds.uuid("influence:representation:lsp"));
    static final RepresentationId ICB_SEAT = new RepresentationId(DemoIds.uuid("influence:representation:icb"));
    static final RelationshipId GRACE_STROUD_DC =
            new RelationshipId(DemoIds.uuid("influence:relationship:grace-stroud-dc"));

    static final PlaceCode GLOUCESTERSHIRE = NetworkChapter.GLOUCESTERSHIRE;
    static final PlaceCode STROUD = NetworkChapter.STROUD;
    static final PlaceCode GLOUCESTER = NetworkChapter.GLOUCESTER;
    static final PlaceCode FOREST = NetworkChapter.FOREST;

    /** The learning report names 30+ organisations in the youth partnership but only some of them by name. */
    static final int UNNAMED_YOUTH_PARTNERS = 21;

    private final DemoUsers users;
    private final EventStore events;

    FundingChapter(DemoUsers users, EventStore events) {
        this.users = users;
        this.events = events;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void tell(Story story) {
        OrganisationId network = users.network();
        stroud(story, network);
        gloucester(story, network);
        List<OrganisationId> youthPartnership = youthPartnership(story, network);
        levellingUp(story, network);
        youthServices(story, network, youthPartnership);
        familyHubs(story, network, youthPartnership);
    }

    private void stroud(Story story, OrganisationId network) {
        LocalDate opens = LocalDate.of(2022, 8, 1);
        tell(story, "coordinator", network, new RecordFundingOpportunity(STROUD_UKSPF, STROUD_DC,
                "UK Shared Prosperity Fund (Stroud District)", null, List.of(STROUD), opens,
                LocalDate.of(2022, 12, 16), "Partners ask that 10% of the district's UKSPF money goes straight to "
                + "community groups", opens));
        // Hotspots was the lead applicant; two partners (and a local leader) made the case.
        tell(story, "coordinator", network, new DraftBid(STROUD_UKSPF_BID, STROUD_UKSPF,
                "Stroud Community Hubs: 10% of UKSPF to community groups", network, List.of(GRACE, GL11),
                Pence.ofPounds(365_000), LocalDate.of(2022, 10, 3)));
        tell(story, "coordinator", network, new SubmitBid(STROUD_UKSPF_BID, LocalDate.of(2022, 11, 25)));
        tell(story, "coordinator", network, new DecideBid(STROUD_UKSPF_BID,
                DecisionOutcome.AWARDED, Pence.ofPounds(365_000), STROUD_DC, List.of(TOM_HUGHES),
                "The community-led approach adopted as council policy", LocalDate.of(2023, 2, 8)));
        // recorded once the grant agreement was signed
        LocalDate awarded = LocalDate.of(2023, 3, 31);
        // £275,000 over three years does not split into equal whole pence: the last year carries a penny less.
        List<SchedulePart> schedule = List.of(
                year("hubs-2023-24", "Ten Stroud community hubs, 2023/24", STROUD_HUBS, 2023, 9_166_667),
                year("hubs-2024-25", "Ten Stroud community hubs, 2024/25", STROUD_HUBS, 2024, 9_166_667),
                year(STROUD_HUBS_2025, "Ten Stroud community hubs, 2025/26", STROUD_HUBS, 2025, 9_166_666),
                year("facilitators-2023-24", "Three area facilitators supporting the hubs, 2023/24", STROUD_HUBS,
                        2023, 6_000_000),
                year("benches-2023-24", "People on benches groups, 2023/24", PEOPLE_ON_BENCHES, 2023, 1_000_000),
                year("benches-2024-25", "People on benches groups, 2024/25", PEOPLE_ON_BENCHES, 2024, 1_000_000),
                year("benches-2025-26", "People on benches groups, 2025/26", PEOPLE_ON_BENCHES, 2025, 1_000_000));
        tell(story, "coordinator", network, new RecordAward(STROUD_UKSPF_AWARD, STROUD_UKSPF_BID, null,
                "Stroud Community Hubs: community-led UKSPF funding",
                "£275,000 over three years paid directly to ten Stroud community hubs for operational funding, "
                        + "support and data analysis; three area facilitators at £60,000 for the first year; and "
                        + "£10,000 a year for three years for 'people on benches' groups.",
                List.of(Recipient.of(STROUD_HUBS), new Recipient(PEOPLE_ON_BENCHES, GRACE)), Pence.ofPounds(365_000),
                schedule, List.of(STROUD), awarded));
        Object[][] payments = {
                {"hubs-2023-24", 4_583_334L, "2023-04-28"}, {"benches-2023-24", 1_000_000L, "2023-05-15"},
                {"facilitators-2023-24", 3_000_000L, "2023-05-31"}, {"hubs-2023-24", 4_583_333L, "2023-10-27"},
                {"facilitators-2023-24", 3_000_000L, "2023-11-30"}, {"hubs-2024-25", 4_583_334L, "2024-04-26"},
                {"benches-2024-25", 1_000_000L, "2024-05-15"}, {"hubs-2024-25", 4_583_333L, "2024-10-25"},
                {STROUD_HUBS_2025, 4_583_333L, "2025-04-25"}, {"benches-2025-26", 1_000_000L, "2025-05-15"}};
        for (int i = 0; i < payments.length; i++) {
            LocalDate paid = LocalDate.parse((String) payments[i][2]);
            tell(story, "coordinator", network, new RecordDisbursement(STROUD_UKSPF_AWARD,
                    disbursement("stroud-ukspf-" + i), (String) payments[i][0], new Pence((Long) payments[i][1]),
                    "SDC UKSPF payment " + (i + 1), paid));
        }
        LocalDate claimed = LocalDate.of(2023, 4, 20);
        claim(story, "grace", GRACE, ContributingWork.of(UKSPF_TEN_PERCENT), STROUD_UKSPF_AWARD, null,
                ContributionStrength.ESSENTIAL,
                "The ask for 10% of UKSPF to go straight to community groups is the model the council adopted",
                "Learning report 2024, Stroud Hubs case study: the community-led approach was 'adopted as a policy' "
                        + "by the council", claimed);
        claim(story, "grace", GRACE, ContributingWork.of(GRACE_STROUD_DC), STROUD_UKSPF_AWARD, null,
                ContributionStrength.SIGNIFICANT,
                "Years of working with the district council gave the partners the standing to make a bold ask",
                "Partner interviews, April 2024", claimed);
        claim(story, "grace", GRACE, ContributingWork.of(STROUD_1), STROUD_UKSPF_AWARD, null,
                ContributionStrength.SIGNIFICANT,
                "The first conversation with the council's UKSPF officer opened the door to the 10% ask",
                "Conversation log and follow-up email", claimed);
        claim(story, "gl11", GL11, ContributingWork.of(STROUD_2), null, STROUD_UKSPF_BID, ContributionStrength.SOME,
                "Working through how money moves from central to local government to civil society",
                "Conversation log", claimed);
        claim(story, "grace", GRACE, ContributingWork.of(STROUD_3), STROUD_UKSPF_AWARD, null, ContributionStrength.SOME,
                "Agreed how 'people on benches' groups could be funded through a host organisation",
                "Conversation log", claimed);
        claim(story, "gl11", GL11, ContributingWork.of(GLOUCESTER_2), STROUD_UKSPF_AWARD, null,
                ContributionStrength.SOME,
                "Learning from the unsuccessful Gloucester bid informed the Stroud proposal",
                "Learning report 2024, Stroud Hubs case study", claimed);
    }

    private void gloucester(Story story, OrganisationId network) {
        LocalDate opens = LocalDate.of(2022, 9, 5);
        tell(story, "coordinator", network, new RecordFundingOpportunity(GLOUCESTER_UKSPF, GLOUCESTER_CITY,
                "UK Shared Prosperity Fund (Gloucester City)", null, List.of(GLOUCESTER), opens,
                LocalDate.of(2022, 11, 30), "An open call; the same 10% ask as in Stroud", opens));
        // The learning report gives no figure for the Gloucester ask; the demo asks for £200,000.
        tell(story, "coordinator", network, new DraftBid(GLOUCESTER_UKSPF_BID,
                GLOUCESTER_UKSPF, "Gloucester community groups: 10% of UKSPF", network, List.of(GRACE, GL11),
                Pence.ofPounds(200_000), LocalDate.of(2022, 10, 10)));
        tell(story, "coordinator", network, new SubmitBid(GLOUCESTER_UKSPF_BID, LocalDate.of(2022, 11, 28)));
        tell(story, "coordinator", network, new DecideBid(GLOUCESTER_UKSPF_BID,
                DecisionOutcome.DECLINED, Pence.ZERO, GLOUCESTER_CITY, List.of(DAN_PRICE),
                "Unsuccessful; the learning informed the Stroud proposal", LocalDate.of(2023, 1, 20)));
        claim(story, "grace", GRACE, ContributingWork.of(GLOUCESTER_1), null, GLOUCESTER_UKSPF_BID,
                ContributionStrength.SOME, "Conversations with the city's officers shaped the bid, although the "
                        + "city declined it", "Conversation log", LocalDate.of(2023, 2, 1));
    }

    /** GGT led more than 30 local community and charity organisations; the report names only the delivery leads. */
    private List<OrganisationId> youthPartnership(Story story, OrganisationId network) {
        List<OrganisationId> partners = new ArrayList<>(List.of(VENTURE, FVAF, GL11, GRACE, GCBC, FAIR_SHARES, VENUE,
                CREATIVE_SUSTAINABILITY, GL4, READ_WITH_ME));
        LocalDate known = LocalDate.of(2022, 11, 24);
        for (int i = 1; i <= UNNAMED_YOUTH_PARTNERS; i++) {
            OrganisationId id = new OrganisationId(DemoIds.uuid("funding:organisation:youth-partner-" + i));
            PlaceCode place = i % 2 == 0 ? FOREST : GLOUCESTER;
            story.tell("ggt", GGT, known, new RegisterOrganisation(id, "Youth partnership member " + i + " ("
                    + (place == FOREST ? "Forest of Dean" : "Gloucester") + ")", OrganisationKind.VOLUNTARY_ORGANISATION,
                    place, null, known));
            partners.add(id);
        }
        return partners;
    }

    private void youthServices(Story story, OrganisationId network, List<OrganisationId> partnership) {
        LocalDate opens = LocalDate.of(2023, 4, 3);
        tell(story, "coordinator", network, new RecordFundingOpportunity(YOUTH_SERVICES_CONTRACT, COUNTY,
                "Open access youth services contract, Gloucester and Forest of Dean", Pence.ofPounds(3_200_000),
                List.of(GLOUCESTER, FOREST), opens, LocalDate.of(2023, 6, 16), "£640,000 a year for five years",
                opens));
        tell(story, "ggt", GGT, new DraftBid(YOUTH_SERVICES_BID, YOUTH_SERVICES_CONTRACT,
                "Open access youth services for Gloucester and the Forest of Dean", GGT, partnership,
                Pence.ofPounds(3_200_000), LocalDate.of(2023, 5, 16)));
        tell(story, "ggt", GGT, new SubmitBid(YOUTH_SERVICES_BID, LocalDate.of(2023, 6, 14)));
        tell(story, "ggt", GGT, new DecideBid(YOUTH_SERVICES_BID, DecisionOutcome.AWARDED,
                Pence.ofPounds(3_200_000), COUNTY, List.of(MARCUS_WEBB), null, LocalDate.of(2023, 11, 20)));
        LocalDate awarded = LocalDate.of(2023, 12, 4);
        List<SchedulePart> years = new ArrayList<>();
        for (int year = 2024; year < 2029; year++) {
            String label = year + "/" + String.valueOf(year + 1).substring(2);
            years.add(year("youth-" + label.replace('/', '-'), "Youth services contract, " + label, GGT, year,
                    64_000_000));
        }
        tell(story, "ggt", GGT, new RecordAward(YOUTH_SERVICES_AWARD, YOUTH_SERVICES_BID, null,
                "Open access youth services, Gloucester and Forest of Dean",
                "£640,000 a year for five years for open access youth services, led by Gloucestershire Gateway Trust "
                        + "for a partnership of more than 30 organisations, with delivery led by The Venture in "
                        + "Gloucester and Forest Voluntary Action Forum in the Forest of Dean.",
                List.of(Recipient.of(GGT)), Pence.ofPounds(3_200_000), years, List.of(GLOUCESTER, FOREST), awarded));
        String[] quarters = {"2024-06-28", "2024-09-30", "2024-12-20", "2025-03-31", "2025-06-30", "2025-09-30"};
        for (int i = 0; i < quarters.length; i++) {
            LocalDate paid = LocalDate.parse(quarters[i]);
            tell(story, "ggt", GGT, new RecordDisbursement(YOUTH_SERVICES_AWARD, disbursement("youth-" + i),
                    i < 4 ? "youth-2024-25" : "youth-2025-26", Pence.ofPounds(160_000), "GCC quarter " + (i + 1),
                    paid));
        }
        claim(story, "ggt", GGT, ContributingWork.of(YOUTH_SERVICES_ADVOCACY), YOUTH_SERVICES_AWARD, null,
                ContributionStrength.ESSENTIAL,
                "Making the case that local organisations could deliver what national ones could not",
                "Learning report 2024: 'We got the (youth contract) because of the Gateway Trust's reputation and "
                        + "its network of partners'", LocalDate.of(2023, 12, 15));
    }

    private void familyHubs(Story story, OrganisationId network, List<OrganisationId> partnership) {
        LocalDate opens = LocalDate.of(2024, 1, 8);
        tell(story, "coordinator", network, new RecordFundingOpportunity(FAMILY_HUBS_CONTRACT, COUNTY,
                "Children and Family Hubs contract, Gloucester and Forest of Dean", null, List.of(GLOUCESTER, FOREST),
                opens, LocalDate.of(2024, 3, 1), "£1.8m a year", opens));
        tell(story, "ggt", GGT, new DraftBid(FAMILY_HUBS_BID, FAMILY_HUBS_CONTRACT,
                "Children and Family Hubs for Gloucester and the Forest of Dean", GGT, partnership,
                Pence.ofPounds(1_800_000), LocalDate.of(2024, 1, 22)));
        tell(story, "ggt", GGT, new SubmitBid(FAMILY_HUBS_BID, LocalDate.of(2024, 2, 28)));
        tell(story, "ggt", GGT, new DecideBid(FAMILY_HUBS_BID, DecisionOutcome.AWARDED,
                Pence.ofPounds(1_800_000), COUNTY, List.of(MARCUS_WEBB), null, LocalDate.of(2024, 6, 10)));
        // The report gives £1.8m a year but not the contract's length: one year is recorded; later years would be
        // added by amending the award once confirmed.
        LocalDate awarded = LocalDate.of(2024, 7, 1);
        tell(story, "ggt", GGT, new RecordAward(FAMILY_HUBS_AWARD, FAMILY_HUBS_BID, null,
                "Children and Family Hubs, Gloucester and Forest of Dean",
                "Children and Family Hubs across Gloucester and the Forest of Dean at £1.8m a year, led by "
                        + "Gloucestershire Gateway Trust for the partnership that won the youth services contract.",
                List.of(Recipient.of(GGT)), Pence.ofPounds(1_800_000),
                List.of(new SchedulePart("family-hubs-year-1", "Children and Family Hubs, first contract year", GGT,
                        LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), Pence.ofPounds(1_800_000))),
                List.of(GLOUCESTER, FOREST), awarded));
        for (String[] payment : new String[][] {{"2024-09-30", "0"}, {"2024-12-31", "1"}}) {
            LocalDate paid = LocalDate.parse(payment[0]);
            tell(story, "ggt", GGT, new RecordDisbursement(FAMILY_HUBS_AWARD,
                    disbursement("family-hubs-" + payment[1]), "family-hubs-year-1", Pence.ofPounds(450_000),
                    "GCC quarter " + (Integer.parseInt(payment[1]) + 1), paid));
        }
        claim(story, "ggt", GGT, ContributingWork.of(ICB_SEAT), FAMILY_HUBS_AWARD, null,
                ContributionStrength.SIGNIFICANT,
                "Partners' seat on the Integrated Care Board built the standing and the system view behind the "
                        + "proposal", "Learning report 2024: the Family Hub 'would have been built from the early "
                        + "conversations in this Hotspots Network'", LocalDate.of(2024, 7, 20));
        claim(story, "ggt", GGT, ContributingWork.of(YOUTH_SERVICES_ADVOCACY), null, FAMILY_HUBS_BID,
                ContributionStrength.SOME, "The same partnership and case, made a second time",
                "Learning report 2024", LocalDate.of(2024, 7, 20));
    }

    private void levellingUp(Story story, OrganisationId network) {
        LocalDate opens = LocalDate.of(2023, 2, 1);
        tell(story, "coordinator", network, new RecordFundingOpportunity(LEVELLING_UP_FUND, COUNTY,
                "Levelling Up funding", null, List.of(GLOUCESTERSHIRE), opens, null,
                "Bids to show social return on investment with the network's measurement framework", opens));
        tell(story, "coordinator", network, new DraftBid(LEVELLING_UP_BID, LEVELLING_UP_FUND,
                "Measuring what matters: the Hotspots framework", network,
                List.of(GGT, GL11, GRACE, GCBC, FAIR_SHARES, VENTURE), Pence.ofPounds(250_000),
                LocalDate.of(2023, 2, 13)));
        tell(story, "coordinator", network, new SubmitBid(LEVELLING_UP_BID, LocalDate.of(2023, 3, 31)));
        tell(story, "coordinator", network, new DecideBid(LEVELLING_UP_BID,
                DecisionOutcome.AWARDED, Pence.ofPounds(250_000), COUNTY, List.of(HELEN_CARTER), null,
                LocalDate.of(2023, 6, 19)));
        // The network is an unincorporated association: the money is held for it by a partner.
        LocalDate awarded = LocalDate.of(2023, 7, 3);
        tell(story, "coordinator", network, new RecordAward(LEVELLING_UP_AWARD, LEVELLING_UP_BID, null,
                "Levelling Up: the Hotspots measurement framework",
                "£0.25M of Levelling Up funding leveraged by using the network's framework to demonstrate social "
                        + "returns on investment.",
                List.of(new Recipient(network, GRACE)), Pence.ofPounds(250_000),
                List.of(new SchedulePart("levelling-up", "Levelling Up funding", network, LocalDate.of(2023, 7, 1),
                        LocalDate.of(2024, 6, 30), Pence.ofPounds(250_000))), List.of(GLOUCESTERSHIRE), awarded));
        for (String[] payment : new String[][] {{"2023-07-14", "0"}, {"2024-01-12", "1"}}) {
            LocalDate paid = LocalDate.parse(payment[0]);
            tell(story, "coordinator", network, new RecordDisbursement(LEVELLING_UP_AWARD,
                    disbursement("levelling-up-" + payment[1]), "levelling-up", Pence.ofPounds(125_000),
                    "GCC Levelling Up " + (Integer.parseInt(payment[1]) + 1), paid));
        }
        claim(story, "grace", GRACE, ContributingWork.of(LSP_SEAT), LEVELLING_UP_AWARD, null, ContributionStrength.SOME,
                "A seat on the Local Strategic Partnership put the framework in front of the people shaping "
                        + "Levelling Up", "Partner blog, 2022: 'We've already leveraged £0.25M of UK Levelling Up "
                        + "funding by using the framework'", LocalDate.of(2023, 7, 20));
    }

    /**
     * Records a claim about an award or a bid's decision when the influence work it names is on record (the influence
     * chapter tells that part of the story); without it the claim would point at nothing, so it is skipped.
     */
    private void claim(Story story, String user, OrganisationId claimant, ContributingWork work, AwardId award,
                       BidId bid, ContributionStrength strength, String rationale, String evidence, LocalDate on) {
        String key = work.kind() + ":" + work.id() + "->" + (bid != null ? bid : award);
        if (events.lastSequenceNumberFor(work.id().toString()).isEmpty()) {
            log.info("Demo: skipped the contribution claim {}: the {} it names is not recorded", key, work.describe());
            return;
        }
        story.tell(user, claimant, on, new ClaimContribution(new ContributionClaimId(DemoIds.uuid("funding:claim:"
                + key)), work, bid, award, strength, rationale, evidence, claimant, on));
    }

    /** Tells a funding command as the user of an organisation, on the day it says it happened. */
    private static void tell(Story story, String user, OrganisationId organisation, FundingCommand command) {
        story.tell(user, organisation, command.happenedOn(), command);
    }

    private static SchedulePart year(String key, String label, OrganisationId recipient, int year, long pence) {
        return new SchedulePart(key, label, recipient, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31),
                new Pence(pence));
    }

    private static FundingOpportunityId opportunity(String key) {
        return new FundingOpportunityId(DemoIds.uuid("funding:opportunity:" + key));
    }

    private static AdvocacyActionId advocacy(String key) {
        return new AdvocacyActionId(DemoIds.uuid("influence:advocacy:" + key));
    }

    private static ConversationId conversation(String key) {
        return new ConversationId(DemoIds.uuid("influence:conversation:" + key));
    }

    private static DisbursementId disbursement(String key) {
        return new DisbursementId(DemoIds.uuid("funding:disbursement:" + key));
    }
}
