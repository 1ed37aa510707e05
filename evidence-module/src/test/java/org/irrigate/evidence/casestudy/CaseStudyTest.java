package org.irrigate.evidence.casestudy;

import static org.irrigate.core.api.OutcomeArea.NEIGHBOURHOOD_TRUST;
import static org.irrigate.core.api.OutcomeArea.WELLBEING;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.evidence.api.CaseStudyCommand.DraftCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.LinkCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.PublishCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.RecordConsent;
import org.irrigate.evidence.api.CaseStudyCommand.ReviseCaseStudy;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyLinked;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyPublished;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyRevised;
import org.irrigate.evidence.api.CaseStudyEvent.ConsentRecorded;
import org.irrigate.evidence.api.ConsentMethod;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.OutcomeNarrative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseStudyTest {
    static final CaseStudyId ID = CaseStudyId.random();
    static final OrganisationId GCBC = OrganisationId.random();
    static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 12);
    static final List<OutcomeNarrative> NARRATIVES = List.of(
            new OutcomeNarrative(WELLBEING, "Feels more open to other people"),
            new OutcomeNarrative(NEIGHBOURHOOD_TRUST, "Knows neighbours by name"));
    static final CaseStudyContent COMPLETE = new CaseStudyContent("Two years", "Recycled Teenagers group",
            null, "Loneliness after Covid", "Weekly walks and tea", NARRATIVES, "Time and patience",
            "Unexpected: members brought friends");
    static final CaseStudyContent ABOUT_A_PERSON = new CaseStudyContent("Two years", "A member of the group",
            "Woman in her seventies, widowed", "Loneliness", "Walks", NARRATIVES, "Time", "Friends joined");
    static final CaseStudyContent SKETCH = new CaseStudyContent(null, "Recycled Teenagers group", null, null,
            null, NARRATIVES, null, null);
    static final CaseStudyDrafted DRAFTED = new CaseStudyDrafted(ID, GCBC, "Recycled Teenagers", COMPLETE, SEPT_2023);

    AggregateTestFixture<CaseStudy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseStudy.class);
    }

    @Test
    void aPartnerDraftsACaseStudyThatMayBeIncomplete() {
        fixture.givenNoPriorActivity()
                .when(new DraftCaseStudy(ID, GCBC, "Recycled Teenagers", SKETCH, SEPT_2023))
                .expectEvents(new CaseStudyDrafted(ID, GCBC, "Recycled Teenagers", SKETCH, SEPT_2023));
    }

    @Test
    void aDraftBelongsToAPartnerAndHasATitleAndADate() {
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, null, "T", SKETCH, SEPT_2023))
                .expectException(InvalidInputException.class).expectExceptionMessage("is required");
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "", SKETCH, SEPT_2023))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "T", SKETCH, null))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "T", null, SEPT_2023))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aDraftSaysWhoOrWhatAndWhatHappenedPerOutcomeArea() {
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "T",
                        new CaseStudyContent(null, " ", null, null, null, NARRATIVES, null, null), SEPT_2023))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "T",
                        new CaseStudyContent(null, "Group", null, null, null, List.of(), null, null), SEPT_2023))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must tell what happened for at least one outcome area");
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "T", new CaseStudyContent(null, "Group",
                        null, null, null, List.of(new OutcomeNarrative(null, "x")), null, null), SEPT_2023))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "T", new CaseStudyContent(null, "Group",
                        null, null, null, List.of(new OutcomeNarrative(WELLBEING, " ")), null, null), SEPT_2023))
                .expectException(InvalidInputException.class);
    }

    @Test
    void eachOutcomeAreaIsToldOnce() {
        fixture.givenNoPriorActivity().when(new DraftCaseStudy(ID, GCBC, "T", new CaseStudyContent(null, "Group",
                        null, null, null, List.of(new OutcomeNarrative(WELLBEING, "a"),
                        new OutcomeNarrative(WELLBEING, "b")), null, null), SEPT_2023))
                .expectException(InvalidInputException.class).expectExceptionMessage("repeats WELLBEING; tell each area once");
    }

    @Test
    void aRevisionIsANewVersionWithAReason() {
        fixture.given(new CaseStudyDrafted(ID, GCBC, "Recycled Teenagers", SKETCH, SEPT_2023))
                .when(new ReviseCaseStudy(ID, null, COMPLETE, "Filled in the template", SEPT_2023.plusDays(3)))
                .expectEvents(new CaseStudyRevised(ID, GCBC, 2, "Recycled Teenagers", COMPLETE,
                        "Filled in the template", SEPT_2023.plusDays(3)));
    }

    @Test
    void aRevisionNeedsAReasonAChangeAndADateAfterTheDraft() {
        fixture.given(DRAFTED).when(new ReviseCaseStudy(ID, null, SKETCH, "", SEPT_2023))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFTED).when(new ReviseCaseStudy(ID, "Recycled Teenagers", COMPLETE, "same", SEPT_2023))
                .expectException(ConflictException.class);
        fixture.given(DRAFTED).when(new ReviseCaseStudy(ID, null, SKETCH, "why", SEPT_2023.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aPublishedCaseStudyStaysCompleteAndConsentedWhenRevised() {
        CaseStudyPublished published = new CaseStudyPublished(ID, GCBC, 1, "Recycled Teenagers", SEPT_2023);
        fixture.given(DRAFTED, published).when(new ReviseCaseStudy(ID, null, SKETCH, "Shorter", SEPT_2023))
                .expectException(ConflictException.class);
        fixture.given(DRAFTED, published).when(new ReviseCaseStudy(ID, null, ABOUT_A_PERSON, "About one member",
                        SEPT_2023))
                .expectException(ConflictException.class).expectExceptionMessage(
                        "The case study holds personal details: record the person's consent before publishing it");
    }

    @Test
    void recordsConsentOnce() {
        ConsentRecorded consent = new ConsentRecorded(ID, GCBC, ConsentMethod.WRITTEN, "Report and website", SEPT_2023);
        fixture.given(DRAFTED).when(new RecordConsent(ID, ConsentMethod.WRITTEN, "Report and website", SEPT_2023))
                .expectEvents(consent);
        fixture.given(DRAFTED, consent).when(new RecordConsent(ID, ConsentMethod.VERBAL, "Again", SEPT_2023))
                .expectException(ConflictException.class);
    }

    @Test
    void consentNeedsAMethodAScopeAndADateAfterTheDraft() {
        fixture.given(DRAFTED).when(new RecordConsent(ID, null, "Report", SEPT_2023))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFTED).when(new RecordConsent(ID, ConsentMethod.VERBAL, " ", SEPT_2023))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFTED).when(new RecordConsent(ID, ConsentMethod.VERBAL, "Report", SEPT_2023.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void linksOnlyWhatIsNew() {
        ConversationId conversation = ConversationId.random();
        AwardId award = AwardId.random();
        Links first = new Links(List.of(conversation), List.of(), List.of());
        fixture.given(DRAFTED, new CaseStudyLinked(ID, GCBC, first, SEPT_2023))
                .when(new LinkCaseStudy(ID, new Links(List.of(conversation), List.of(), List.of(award)), SEPT_2023))
                .expectEvents(new CaseStudyLinked(ID, GCBC, new Links(List.of(), List.of(), List.of(award)), SEPT_2023));
        fixture.given(DRAFTED, new CaseStudyLinked(ID, GCBC, first, SEPT_2023))
                .when(new LinkCaseStudy(ID, first, SEPT_2023))
                .expectException(ConflictException.class);
        fixture.given(DRAFTED).when(new LinkCaseStudy(ID, Links.NONE, SEPT_2023))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFTED).when(new LinkCaseStudy(ID, first, SEPT_2023.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void publishesACompleteCaseStudyOnce() {
        CaseStudyPublished published = new CaseStudyPublished(ID, GCBC, 1, "Recycled Teenagers", SEPT_2023);
        fixture.given(DRAFTED).when(new PublishCaseStudy(ID, SEPT_2023)).expectEvents(published);
        fixture.given(DRAFTED, published).when(new PublishCaseStudy(ID, SEPT_2023))
                .expectException(ConflictException.class);
        fixture.given(DRAFTED).when(new PublishCaseStudy(ID, SEPT_2023.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void anIncompleteCaseStudyIsNotPublished() {
        fixture.given(new CaseStudyDrafted(ID, GCBC, "T", SKETCH, SEPT_2023))
                .when(new PublishCaseStudy(ID, SEPT_2023))
                .expectException(ConflictException.class).expectExceptionMessage(
                        "A published case study fills every section of the template; missing: stage, motivation, "
                                + "experience, whyItHappened, expectedAndUnexpected");
    }

    @Test
    void personalDetailsNeedConsentBeforePublishing() {
        CaseStudyDrafted aboutAPerson = new CaseStudyDrafted(ID, GCBC, "Margaret's story", ABOUT_A_PERSON, SEPT_2023);
        fixture.given(aboutAPerson).when(new PublishCaseStudy(ID, SEPT_2023))
                .expectException(ConflictException.class).expectNoEvents();
        fixture.given(aboutAPerson, new ConsentRecorded(ID, GCBC, ConsentMethod.VERBAL, "Report", SEPT_2023))
                .when(new PublishCaseStudy(ID, SEPT_2023))
                .expectEvents(new CaseStudyPublished(ID, GCBC, 1, "Margaret's story", SEPT_2023));
    }
}
