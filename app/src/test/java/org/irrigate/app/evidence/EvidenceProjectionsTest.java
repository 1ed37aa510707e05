package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.support.EventFeed;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyLinked;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyPublished;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyRevised;
import org.irrigate.evidence.api.CaseStudyEvent.ConsentRecorded;
import org.irrigate.evidence.api.CaseStudyStatus;
import org.irrigate.evidence.api.ConsentMethod;
import org.irrigate.evidence.api.EvidenceKind;
import org.irrigate.evidence.api.EvidenceQuery.CountEvidence;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudies;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudy;
import org.irrigate.evidence.api.EvidenceQuery.FindEvidence;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcome;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcomes;
import org.irrigate.evidence.api.EvidenceQuery.FindReflection;
import org.irrigate.evidence.api.EvidenceQuery.FindTheoryOfChange;
import org.irrigate.evidence.api.EvidenceView.CaseStudyView;
import org.irrigate.evidence.api.EvidenceView.EvidenceCountView;
import org.irrigate.evidence.api.EvidenceView.EvidenceItemView;
import org.irrigate.evidence.api.EvidenceView.HarvestedOutcomeView;
import org.irrigate.evidence.api.EvidenceView.LearningPointView;
import org.irrigate.evidence.api.EvidenceView.PriorityChoice;
import org.irrigate.evidence.api.EvidenceView.ReflectionView;
import org.irrigate.evidence.api.EvidenceView.SubstantiationView;
import org.irrigate.evidence.api.EvidenceView.TheoryOfChangeVersion;
import org.irrigate.evidence.api.EvidenceView.TheoryOfChangeView;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestEvent.OutcomeRetracted;
import org.irrigate.evidence.api.HarvestEvent.OutcomeSubstantiated;
import org.irrigate.evidence.api.HarvestStatus;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.Outcome;
import org.irrigate.evidence.api.OutcomeLevel;
import org.irrigate.evidence.api.OutcomeNarrative;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.Participants;
import org.irrigate.evidence.api.ReflectionEvent.LearningPointAdded;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionNotesAmended;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionRecorded;
import org.irrigate.evidence.api.ReflectionKind;
import org.irrigate.evidence.api.TheoryOfChangeEvent.PriorityOutcomesChosen;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeDrafted;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeRevised;
import org.irrigate.evidence.api.TimelineItem;
import org.irrigate.evidence.api.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feeds the evidence module's events straight into the event store and reads the Theory of Change, case studies,
 * reflections, the harvest register and evidence by area: every version kept, amendments applied, and only
 * published or standing evidence counted.
 */
@IntegrationTest
class EvidenceProjectionsTest {
    static final LocalDate DAY = LocalDate.of(2023, 9, 1);
    static final OutcomeArea HEALTH = OutcomeArea.MENTAL_AND_PHYSICAL_HEALTH;
    static final OutcomeArea LEARNING = OutcomeArea.EDUCATION_AND_LEARNING;

    @Autowired
    EventFeed feed;
    @Autowired
    QueryGateway queries;

    static CaseStudyContent content(String subject, String personal, OutcomeArea... areas) {
        return new CaseStudyContent("Two years in", subject, personal, "Lonely", "Welcoming",
                java.util.Arrays.stream(areas).map(a -> new OutcomeNarrative(a, "Better " + a)).toList(),
                "Peer support", "More friends than expected");
    }

    static OutcomeStatement statement(String what, OrganisationId partner, Links links) {
        return new OutcomeStatement(what, OrganisationId.random(), new PlaceCode("E07000082"), "Matters",
                "We asked", List.of(HEALTH), List.of(partner), links);
    }

    @Test
    void theoryOfChangeKeepsEveryVersionAndPriorityChoice() {
        TheoryOfChangeId id = TheoryOfChangeId.random();
        Outcome connected = new Outcome("L1", OutcomeLevel.LONG_TERM, "People feel connected", List.of(HEALTH));
        Outcome skills = new Outcome("I1", OutcomeLevel.INTERIM, "Partners share skills", List.of(LEARNING));
        feed.feed(id, new TheoryOfChangeDrafted(id, 1, "Draft theory", List.of(connected), DAY),
                new TheoryOfChangeRevised(id, 2, "Network theory", List.of(connected, skills), "Added skills",
                        DAY.plusMonths(1)),
                new PriorityOutcomesChosen(id, 2, List.of("I1"), "Funders ask for it", DAY.plusMonths(2)));

        TheoryOfChangeView view = QueryAnswers.one(queries, new FindTheoryOfChange(id), TheoryOfChangeView.class,
                "theory", id);
        assertThat(view.title()).isEqualTo("Network theory");
        assertThat(view.currentVersion()).isEqualTo(2);
        assertThat(view.versions()).extracting(TheoryOfChangeVersion::version, TheoryOfChangeVersion::title,
                        TheoryOfChangeVersion::whatChanged, TheoryOfChangeVersion::happenedOn)
                .containsExactly(tuple(1, "Draft theory", null, DAY),
                        tuple(2, "Network theory", "Added skills", DAY.plusMonths(1)));
        assertThat(view.versions().getFirst().outcomes()).containsExactly(connected);
        assertThat(view.current().outcomes()).containsExactly(connected, skills);
        assertThat(view.priorityChoices()).extracting(PriorityChoice::number, PriorityChoice::version,
                        PriorityChoice::outcomeCodes, PriorityChoice::rationale)
                .containsExactly(tuple(1, 2, List.of("I1"), "Funders ask for it"));
    }

    @Test
    void caseStudyShowsItsLatestVersionConsentLinksAndPublication() {
        OrganisationId partner = OrganisationId.random();
        CaseStudyId id = CaseStudyId.random();
        ConversationId conversation = ConversationId.random();
        AwardId award = AwardId.random();
        feed.feed(id, new CaseStudyDrafted(id, partner, "Ann's story", content("Ann", "Aged 70", HEALTH), DAY),
                new ConsentRecorded(id, partner, ConsentMethod.WRITTEN, "Network reports", DAY.plusDays(1)),
                new CaseStudyRevised(id, partner, 2, "A's story", content("A", "Aged 70", HEALTH, LEARNING),
                        "Anonymised", DAY.plusDays(2)),
                new CaseStudyLinked(id, partner, new Links(List.of(conversation), List.of(), List.of(award)),
                        DAY.plusDays(3)));
        assertThat(QueryAnswers.list(queries, new FindCaseStudies(partner, CaseStudyStatus.PUBLISHED, null),
                CaseStudyView.class)).isEmpty();
        feed.feed(id, new CaseStudyPublished(id, partner, 2, "A's story", DAY.plusDays(10)));

        CaseStudyView view = QueryAnswers.one(queries, new FindCaseStudy(id), CaseStudyView.class, "case study", id);
        assertThat(view.title()).isEqualTo("A's story");
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
        assertThat(view.publishedOn()).isEqualTo(DAY.plusDays(10));
        assertThat(view.content().subject()).isEqualTo("A");
        assertThat(view.content().personalDetails()).isEqualTo("Aged 70");
        assertThat(view.content().areas()).containsExactly(HEALTH, LEARNING);
        assertThat(view.consent().method()).isEqualTo(ConsentMethod.WRITTEN);
        assertThat(view.consent().scope()).isEqualTo("Network reports");
        assertThat(view.links().conversations()).containsExactly(conversation);
        assertThat(view.links().awards()).containsExactly(award);
        assertThat(QueryAnswers.list(queries, new FindCaseStudies(partner, CaseStudyStatus.PUBLISHED, LEARNING),
                CaseStudyView.class)).extracting(CaseStudyView::caseStudyId).containsExactly(id);
    }

    @Test
    void reflectionAppliesAmendedNotesAndKeepsLearningPointsInOrder() {
        OrganisationId partner = OrganisationId.random();
        PersonId interviewee = PersonId.random();
        ReflectionId id = ReflectionId.random();
        ConversationId conversation = ConversationId.random();
        feed.feed(id, new ReflectionRecorded(id, ReflectionKind.PARTNER_INTERVIEW, "Spring interview",
                        new Participants(List.of(partner), List.of(interviewee)), "First notes", DAY),
                new ReflectionNotesAmended(id, "Corrected notes", "Typo in a name", DAY.plusDays(1)),
                new LearningPointAdded(id, 1, "Trust takes a year", List.of(HEALTH),
                        List.of(TimelineItem.of(conversation)), DAY.plusDays(2)),
                new LearningPointAdded(id, 2, "Food draws people in", List.of(LEARNING, HEALTH), List.of(),
                        DAY.plusDays(3)));

        ReflectionView view = QueryAnswers.one(queries, new FindReflection(id), ReflectionView.class, "reflection", id);
        assertThat(view.kind()).isEqualTo(ReflectionKind.PARTNER_INTERVIEW);
        assertThat(view.notes()).isEqualTo("Corrected notes");
        assertThat(view.participants().organisations()).containsExactly(partner);
        assertThat(view.participants().people()).containsExactly(interviewee);
        assertThat(view.learningPoints()).extracting(LearningPointView::number, LearningPointView::text,
                        LearningPointView::items)
                .containsExactly(tuple(1, "Trust takes a year", List.of(TimelineItem.of(conversation))),
                        tuple(2, "Food draws people in", List.of()));
        assertThat(view.learningPoints().get(1).areas()).containsExactlyInAnyOrder(HEALTH, LEARNING);
    }

    @Test
    void harvestRegisterFollowsSubstantiationAndRetraction() {
        OrganisationId partner = OrganisationId.random();
        HarvestedOutcomeId id = HarvestedOutcomeId.random();
        PersonId first = PersonId.random();
        PersonId second = PersonId.random();
        ConversationId conversation = ConversationId.random();
        feed.feed(id, new OutcomeHarvested(id, statement("GP refers to us", partner,
                        new Links(List.of(conversation), List.of(), List.of())), DAY),
                new OutcomeSubstantiated(id, first, Verdict.AGREES, "Seen the referrals",
                        HarvestStatus.SUBSTANTIATED, DAY.plusDays(5)),
                new OutcomeSubstantiated(id, second, Verdict.PARTLY_AGREES, "Only one practice",
                        HarvestStatus.PARTLY_SUBSTANTIATED, DAY.plusDays(6)));
        assertThat(outcome(id).status()).isEqualTo(HarvestStatus.PARTLY_SUBSTANTIATED);
        assertThat(QueryAnswers.list(queries, new FindHarvestedOutcomes(HarvestStatus.PARTLY_SUBSTANTIATED, HEALTH,
                partner), HarvestedOutcomeView.class)).extracting(HarvestedOutcomeView::harvestedOutcomeId)
                .containsExactly(id);

        feed.feed(id, new OutcomeRetracted(id, "The practice closed first", DAY.plusDays(30)));
        HarvestedOutcomeView view = outcome(id);
        assertThat(view.status()).isEqualTo(HarvestStatus.RETRACTED);
        assertThat(view.retractionReason()).isEqualTo("The practice closed first");
        assertThat(view.statement().links().conversations()).containsExactly(conversation);
        assertThat(view.substantiations()).extracting(SubstantiationView::verifier, SubstantiationView::verdict,
                        SubstantiationView::comment)
                .containsExactly(tuple(first, Verdict.AGREES, "Seen the referrals"),
                        tuple(second, Verdict.PARTLY_AGREES, "Only one practice"));
        assertThat(QueryAnswers.list(queries, new FindHarvestedOutcomes(HarvestStatus.PARTLY_SUBSTANTIATED, null,
                partner), HarvestedOutcomeView.class)).isEmpty();
    }

    @Test
    void evidenceByAreaCountsOnlyPublishedAndStandingEvidence() {
        OrganisationId partner = OrganisationId.random();
        CaseStudyId study = CaseStudyId.random();
        feed.feed(study, new CaseStudyDrafted(study, partner, "Bench group", content("Benches", null, HEALTH), DAY));
        assertThat(evidence(partner)).as("a draft is not evidence yet").isEmpty();
        feed.feed(study, new CaseStudyPublished(study, partner, 1, "Bench group", DAY.plusDays(4)));
        ReflectionId reflection = ReflectionId.random();
        feed.feed(reflection, new ReflectionRecorded(reflection, ReflectionKind.REFLECTION_SESSION, "Autumn session",
                        new Participants(List.of(partner), List.of()), "Session notes", DAY.plusDays(5)),
                new LearningPointAdded(reflection, 1, "Walking groups last", List.of(HEALTH, LEARNING), List.of(),
                        DAY.plusDays(5)));
        HarvestedOutcomeId kept = HarvestedOutcomeId.random();
        HarvestedOutcomeId retracted = HarvestedOutcomeId.random();
        feed.feed(kept, new OutcomeHarvested(kept, statement("Council funds benches", partner, Links.NONE),
                DAY.plusDays(6)));
        feed.feed(retracted, new OutcomeHarvested(retracted, statement("Bus route saved", partner, Links.NONE),
                        DAY.plusDays(7)),
                new OutcomeRetracted(retracted, "Saved by someone else", DAY.plusDays(8)));

        assertThat(evidence(partner)).extracting(EvidenceItemView::kind, EvidenceItemView::evidenceId,
                        EvidenceItemView::number, EvidenceItemView::title, EvidenceItemView::happenedOn)
                .containsExactly(tuple(EvidenceKind.CASE_STUDY, study.toString(), 0, "Bench group", DAY),
                        tuple(EvidenceKind.LEARNING_POINT, reflection.toString(), 1, "Walking groups last",
                                DAY.plusDays(5)),
                        tuple(EvidenceKind.HARVESTED_OUTCOME, kept.toString(), 0, "Council funds benches",
                                DAY.plusDays(6)));
        assertThat(QueryAnswers.list(queries, new CountEvidence(partner), EvidenceCountView.class))
                .containsExactly(new EvidenceCountView(HEALTH, partner, 1, 1, 1),
                        new EvidenceCountView(LEARNING, partner, 0, 1, 0));
    }

    private HarvestedOutcomeView outcome(HarvestedOutcomeId id) {
        return QueryAnswers.one(queries, new FindHarvestedOutcome(id), HarvestedOutcomeView.class, "outcome", id);
    }

    private List<EvidenceItemView> evidence(OrganisationId partner) {
        return QueryAnswers.list(queries, new FindEvidence(null, partner, null), EvidenceItemView.class);
    }
}
