package org.irrigate.funding.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.StubFundingFacts;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingCommand.AmendAward;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.RecordDisbursement;
import org.irrigate.funding.api.FundingEvent.AwardAmended;
import org.irrigate.funding.api.FundingEvent.AwardRecorded;
import org.irrigate.funding.api.FundingEvent.DisbursementRecorded;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.irrigate.funding.facts.FundingFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwardTest {
    static final AwardId ID = AwardId.random();
    static final BidId BID = BidId.random();
    static final OrganisationId STROUD_DC = OrganisationId.random();
    static final OrganisationId HUBS = OrganisationId.random();
    static final OrganisationId BENCHES = OrganisationId.random();
    static final OrganisationId GRACE = OrganisationId.random();
    static final PlaceCode STROUD = new PlaceCode("E07000082");
    static final LocalDate AWARDED = LocalDate.of(2023, 4, 3);
    static final String TITLE = "Stroud community hubs: 10% of UKSPF to community groups";
    static final Pence TOTAL = Pence.ofPounds(305_000);
    static final List<Recipient> RECIPIENTS = List.of(Recipient.of(HUBS), new Recipient(BENCHES, GRACE));
    /** £275,000 over three years does not divide into whole pence: the parts carry the odd penny. */
    static final List<SchedulePart> SCHEDULE = List.of(
            part("hubs-2023", HUBS, 2023, 9_166_667),
            part("hubs-2024", HUBS, 2024, 9_166_667),
            part("hubs-2025", HUBS, 2025, 9_166_666),
            part("benches-2023", BENCHES, 2023, 1_000_000),
            part("benches-2024", BENCHES, 2024, 1_000_000),
            part("benches-2025", BENCHES, 2025, 1_000_000));
    static final AwardRecorded RECORDED = new AwardRecorded(ID, BID, STROUD_DC, TITLE, null, RECIPIENTS, TOTAL,
            SCHEDULE, List.of(STROUD), AWARDED);

    AggregateTestFixture<Award> fixture;
    StubFundingFacts facts;

    static SchedulePart part(String key, OrganisationId recipient, int year, long pence) {
        return new SchedulePart(key, key, recipient, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31),
                new Pence(pence));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Award.class);
        facts = new StubFundingFacts()
                .with(BID, new FundingFacts.Bid(STROUD_DC, GRACE, DecisionOutcome.AWARDED, TOTAL))
                .with(HUBS, OrganisationKind.COMMUNITY_GROUP)
                .with(BENCHES, OrganisationKind.UNCONSTITUTED_GROUP)
                .with(GRACE, OrganisationKind.COMMUNITY_ANCHOR);
        fixture.registerInjectableResource(facts);
    }

    RecordAward record(BidId bid, OrganisationId funder, List<Recipient> recipients, Pence total,
                       List<SchedulePart> schedule) {
        return new RecordAward(ID, bid, funder, TITLE, " ", recipients, total, schedule, List.of(STROUD), AWARDED);
    }

    @Test
    void recordsAnAwardWhoseScheduleAddsUpExactly() {
        fixture.givenNoPriorActivity()
                .when(record(BID, null, RECIPIENTS, TOTAL, SCHEDULE))
                .expectEvents(RECORDED);
    }

    @Test
    void sixHundredAndFortyThousandAYearForFiveYears() {
        OrganisationId ggt = OrganisationId.random();
        List<SchedulePart> years = new ArrayList<>();
        for (int year = 2024; year < 2029; year++) {
            years.add(part("youth-" + year, ggt, year, 64_000_000));
        }
        fixture.givenNoPriorActivity()
                .when(new RecordAward(ID, null, STROUD_DC, "Youth services", null, List.of(Recipient.of(ggt)),
                        Pence.ofPounds(3_200_000), years, List.of(), AWARDED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AwardRecorded(ID, null, STROUD_DC, "Youth services", null,
                        List.of(Recipient.of(ggt)), Pence.ofPounds(3_200_000), years, List.of(), AWARDED));
    }

    @Test
    void aPennyShortOrOverIsRefused() {
        List<SchedulePart> short1 = new ArrayList<>(SCHEDULE);
        short1.set(2, part("hubs-2025", HUBS, 2025, 9_166_665));
        fixture.givenNoPriorActivity()
                .when(record(BID, null, RECIPIENTS, TOTAL, short1))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("parts add up to £304,999.99, not the total of £305,000.00 (£0.01 short)")
                .expectNoEvents();
        List<SchedulePart> over = new ArrayList<>(SCHEDULE);
        over.set(2, part("hubs-2025", HUBS, 2025, 9_166_667));
        fixture.givenNoPriorActivity()
                .when(record(BID, null, RECIPIENTS, TOTAL, over))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("parts add up to £305,000.01, not the total of £305,000.00 (£0.01 too much)");
    }

    @Test
    void everyPartIsWellFormed() {
        assertRefused(List.of(), "must have at least one part");
        assertRefused(replace(0, part("hubs-2024", HUBS, 2023, 9_166_667)), "is used by another part");
        assertRefused(replace(0, part("Hubs 2023", HUBS, 2023, 9_166_667)),
                "must be 1 to 40 lower-case letters, digits or dashes, e.g. hubs-2023");
        assertRefused(replace(0, part("hubs-2023", OrganisationId.random(), 2023, 9_166_667)),
                "must be one of the award's recipients");
        assertRefused(replace(0, new SchedulePart("hubs-2023", "Hubs", HUBS, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 3, 31), new Pence(9_166_667))), "must not be before 'from'");
        assertRefused(replace(0, part("hubs-2023", HUBS, 2023, 0)), "must be more than zero");
        assertRefused(replace(0, new SchedulePart("hubs-2023", " ", HUBS, LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), new Pence(9_166_667))), "must not be blank");
    }

    private List<SchedulePart> replace(int index, SchedulePart part) {
        List<SchedulePart> parts = new ArrayList<>(SCHEDULE);
        parts.set(index, part);
        return parts;
    }

    private void assertRefused(List<SchedulePart> schedule, String message) {
        fixture.givenNoPriorActivity()
                .when(record(BID, null, RECIPIENTS, TOTAL, schedule))
                .expectException(InvalidInputException.class).expectExceptionMessage(message).expectNoEvents();
    }

    @Test
    void anUnconstitutedGroupIsFundedThroughAHost() {
        fixture.givenNoPriorActivity()
                .when(record(BID, null, List.of(Recipient.of(HUBS), Recipient.of(BENCHES)), TOTAL, SCHEDULE))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("is required: an unconstituted group can only be funded through a host organisation");
        fixture.givenNoPriorActivity()
                .when(record(BID, null, List.of(Recipient.of(HUBS), new Recipient(BENCHES, BENCHES)), TOTAL, SCHEDULE))
                .expectException(InvalidInputException.class).expectExceptionMessage("must be another organisation");
        OrganisationId otherGroup = OrganisationId.random();
        facts.with(otherGroup, OrganisationKind.UNCONSTITUTED_GROUP);
        fixture.givenNoPriorActivity()
                .when(record(BID, null, List.of(Recipient.of(HUBS), new Recipient(BENCHES, otherGroup)), TOTAL,
                        SCHEDULE))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be able to hold money: not an unconstituted group");
    }

    @Test
    void recipientsAreNamedOnceAndThereIsAtLeastOne() {
        fixture.givenNoPriorActivity()
                .when(record(BID, null, List.of(), TOTAL, SCHEDULE))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(record(BID, null, List.of(Recipient.of(HUBS), new Recipient(HUBS, GRACE)), TOTAL, SCHEDULE))
                .expectException(InvalidInputException.class).expectExceptionMessage("is named twice");
    }

    @Test
    void anAwardFollowsItsBidsDecision() {
        fixture.givenNoPriorActivity()
                .when(record(BidId.random(), null, RECIPIENTS, TOTAL, SCHEDULE))
                .expectException(NotFoundException.class);
        facts.with(BID, new FundingFacts.Bid(STROUD_DC, GRACE, DecisionOutcome.DECLINED, Pence.ZERO));
        fixture.givenNoPriorActivity()
                .when(record(BID, null, RECIPIENTS, TOTAL, SCHEDULE))
                .expectException(ConflictException.class).expectExceptionMessage(
                        "Only a bid whose decision awarded something can lead to an award; this bid has been declined");
        facts.with(BID, new FundingFacts.Bid(STROUD_DC, GRACE, null, null));
        fixture.givenNoPriorActivity()
                .when(record(BID, null, RECIPIENTS, TOTAL, SCHEDULE))
                .expectException(ConflictException.class);
        facts.with(BID, new FundingFacts.Bid(STROUD_DC, GRACE, DecisionOutcome.PARTLY_AWARDED, Pence.ofPounds(300_000)));
        fixture.givenNoPriorActivity()
                .when(record(BID, null, RECIPIENTS, TOTAL, SCHEDULE))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must equal the amount decided on the bid (£300,000.00)");
    }

    @Test
    void theFunderComesFromTheBidOrMustBeGivenWithoutOne() {
        fixture.givenNoPriorActivity()
                .when(record(BID, OrganisationId.random(), RECIPIENTS, TOTAL, SCHEDULE))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be the funder of the bid's fund, or left out");
        fixture.givenNoPriorActivity()
                .when(record(null, null, RECIPIENTS, TOTAL, SCHEDULE))
                .expectException(InvalidInputException.class).expectExceptionMessage("is required");
        fixture.givenNoPriorActivity()
                .when(record(null, STROUD_DC, RECIPIENTS, TOTAL, SCHEDULE))
                .expectEvents(new AwardRecorded(ID, null, STROUD_DC, TITLE, null, RECIPIENTS, TOTAL, SCHEDULE,
                        List.of(STROUD), AWARDED));
    }

    @Test
    void aTitleFitsA360GivingGrantTitle() {
        fixture.givenNoPriorActivity()
                .when(new RecordAward(ID, BID, null, "x".repeat(141), null, RECIPIENTS, TOTAL, SCHEDULE, List.of(),
                        AWARDED))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be at most 140 characters");
    }

    static final DisbursementId PAYMENT = DisbursementId.random();

    @Test
    void recordsADisbursementAndWhatRemains() {
        fixture.given(RECORDED)
                .when(new RecordDisbursement(ID, PAYMENT, "hubs-2023", new Pence(4_583_334), "INV-1",
                        LocalDate.of(2023, 5, 2)))
                .expectEvents(new DisbursementRecorded(ID, PAYMENT, TITLE, "hubs-2023", STROUD_DC, HUBS, HUBS,
                        new Pence(4_583_334), new Pence(4_583_333), new Pence(25_916_666), "INV-1",
                        LocalDate.of(2023, 5, 2)));
    }

    @Test
    void moneyForAnUnconstitutedGroupIsPaidToItsHost() {
        fixture.given(RECORDED)
                .when(new RecordDisbursement(ID, PAYMENT, "benches-2023", Pence.ofPounds(10_000), null,
                        LocalDate.of(2023, 5, 2)))
                .expectEvents(new DisbursementRecorded(ID, PAYMENT, TITLE, "benches-2023", STROUD_DC, BENCHES, GRACE,
                        Pence.ofPounds(10_000), Pence.ZERO, Pence.ofPounds(295_000), null, LocalDate.of(2023, 5, 2)));
    }

    @Test
    void aPartIsNeverOverPaid() {
        DisbursementRecorded first = new DisbursementRecorded(ID, PAYMENT, TITLE, "benches-2023", STROUD_DC, BENCHES,
                GRACE, Pence.ofPounds(9_999), new Pence(100), Pence.ofPounds(295_001), null, LocalDate.of(2023, 5, 2));
        fixture.given(RECORDED, first)
                .when(new RecordDisbursement(ID, DisbursementId.random(), "benches-2023", new Pence(101), null,
                        LocalDate.of(2023, 6, 2)))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Paying £1.01 would over-pay part benches-2023: only £1.00 of it remains")
                .expectNoEvents();
        fixture.given(RECORDED, first)
                .when(new RecordDisbursement(ID, DisbursementId.random(), "benches-2023", new Pence(100), null,
                        LocalDate.of(2023, 6, 2)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDisbursementNamesAPartAndAnAmountAndIsNotBeforeTheAward() {
        fixture.given(RECORDED)
                .when(new RecordDisbursement(ID, PAYMENT, "hubs-2030", Pence.ofPounds(1), null, AWARDED))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED)
                .when(new RecordDisbursement(ID, PAYMENT, "hubs-2023", Pence.ZERO, null, AWARDED))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED)
                .when(new RecordDisbursement(ID, PAYMENT, "hubs-2023", Pence.ofPounds(1), null, AWARDED.minusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the award date (2023-04-03)");
    }

    @Test
    void aDisbursementIsRecordedOnce() {
        fixture.given(RECORDED, new DisbursementRecorded(ID, PAYMENT, TITLE, "hubs-2023", STROUD_DC, HUBS, HUBS,
                        Pence.ofPounds(1), new Pence(9_166_567), new Pence(30_499_900), null, AWARDED))
                .when(new RecordDisbursement(ID, PAYMENT, "hubs-2023", Pence.ofPounds(1), null, AWARDED))
                .expectException(ConflictException.class);
    }

    @Test
    void amendsTotalAndScheduleAsAnEvent() {
        List<SchedulePart> extended = new ArrayList<>(SCHEDULE);
        extended.add(part("benches-2026", BENCHES, 2026, 1_000_000));
        fixture.given(RECORDED)
                .when(new AmendAward(ID, Pence.ofPounds(315_000), extended, "A fourth year for the benches",
                        LocalDate.of(2025, 3, 1)))
                .expectEvents(new AwardAmended(ID, TITLE, STROUD_DC, TOTAL, Pence.ofPounds(315_000), extended,
                        "A fourth year for the benches", LocalDate.of(2025, 3, 1)));
    }

    @Test
    void anAmendedScheduleStillAddsUpAndChangesSomething() {
        fixture.given(RECORDED)
                .when(new AmendAward(ID, Pence.ofPounds(315_000), SCHEDULE, "Forgot the parts", AWARDED))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED)
                .when(new AmendAward(ID, TOTAL, SCHEDULE, "Nothing", AWARDED))
                .expectException(ConflictException.class).expectExceptionMessage("The amendment changes nothing");
        fixture.given(RECORDED)
                .when(new AmendAward(ID, TOTAL, SCHEDULE, " ", AWARDED))
                .expectException(InvalidInputException.class);
    }

    @Test
    void paidPartsSurviveAmendment() {
        DisbursementRecorded paid = new DisbursementRecorded(ID, PAYMENT, TITLE, "benches-2023", STROUD_DC, BENCHES,
                GRACE, Pence.ofPounds(6_000), Pence.ofPounds(4_000), Pence.ofPounds(299_000), null, AWARDED);
        List<SchedulePart> withoutPaidPart = new ArrayList<>(SCHEDULE.subList(0, 3));
        withoutPaidPart.add(part("benches-2024", BENCHES, 2024, 2_000_000));
        withoutPaidPart.add(part("benches-2025", BENCHES, 2025, 1_000_000));
        fixture.given(RECORDED, paid)
                .when(new AmendAward(ID, TOTAL, withoutPaidPart, "Merge years", AWARDED))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Part benches-2023 has payments (£6,000.00) and cannot be removed");
        List<SchedulePart> belowPaid = new ArrayList<>(SCHEDULE);
        belowPaid.set(3, part("benches-2023", BENCHES, 2023, 500_000));
        belowPaid.set(4, part("benches-2024", BENCHES, 2024, 1_500_000));
        fixture.given(RECORDED, paid)
                .when(new AmendAward(ID, TOTAL, belowPaid, "Shift money", AWARDED))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Part benches-2023 cannot be less than the £6,000.00 already paid against it");
        List<SchedulePart> otherRecipient = new ArrayList<>(SCHEDULE);
        otherRecipient.set(3, part("benches-2023", HUBS, 2023, 1_000_000));
        fixture.given(RECORDED, paid)
                .when(new AmendAward(ID, TOTAL, otherRecipient, "Give it to the hubs", AWARDED))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Part benches-2023 has payments, so its recipient cannot change");
    }
}
