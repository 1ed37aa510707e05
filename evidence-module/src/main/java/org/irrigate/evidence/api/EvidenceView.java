package org.irrigate.evidence.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.core.api.TheoryOfChangeId;

/** Read-side views of the evidence module. */
public final class EvidenceView {
    private EvidenceView() {
    }

    /** A Theory of Change with every version it has had and every choice of priority outcomes. */
    public record TheoryOfChangeView(TheoryOfChangeId theoryOfChangeId, String title, int currentVersion,
                                     List<TheoryOfChangeVersion> versions, List<PriorityChoice> priorityChoices) {
        public TheoryOfChangeVersion current() {
            return versions.getLast();
        }
    }

    public record TheoryOfChangeVersion(int version, String title, String whatChanged, LocalDate happenedOn,
                                        List<Outcome> outcomes) {
    }

    public record PriorityChoice(int number, int version, List<String> outcomeCodes, String rationale,
                                 LocalDate happenedOn) {
    }

    public record ConsentView(ConsentMethod method, String scope, LocalDate recordedOn) {
    }

    public record CaseStudyView(CaseStudyId caseStudyId, OrganisationId partner, String title, CaseStudyStatus status,
                                int version, LocalDate happenedOn, CaseStudyContent content, ConsentView consent,
                                Links links, LocalDate publishedOn) {
    }

    public record LearningPointView(int number, String text, List<OutcomeArea> areas, List<TimelineItem> items,
                                    LocalDate happenedOn) {
    }

    public record ReflectionView(ReflectionId reflectionId, ReflectionKind kind, String title,
                                 Participants participants, String notes, LocalDate happenedOn,
                                 List<LearningPointView> learningPoints) {
    }

    public record SubstantiationView(PersonId verifier, Verdict verdict, String comment, LocalDate happenedOn) {
    }

    /** One line of the harvest register. */
    public record HarvestedOutcomeView(HarvestedOutcomeId harvestedOutcomeId, OutcomeStatement statement,
                                       LocalDate happenedOn, HarvestStatus status,
                                       List<SubstantiationView> substantiations, String retractionReason) {
    }

    public record PinView(TimelineItem item, String why, Instant itemRecordedAt, LocalDate happenedOn) {
    }

    public record FindingView(int number, String text, List<TimelineItem> restsOn, LocalDate happenedOn) {
    }

    public record LearningReviewView(LearningReviewId learningReviewId, String question, DateRange period,
                                     ReviewScope scope, Instant recordTime, ReviewStatus status, LocalDate openedOn,
                                     List<PinView> pins, List<FindingView> findings, String conclusion,
                                     LocalDate closedOn) {
    }

    /** One piece of evidence; {@code number} tells learning points of one reflection apart (0 otherwise). */
    public record EvidenceItemView(EvidenceKind kind, String evidenceId, int number, String title,
                                   LocalDate happenedOn, List<OutcomeArea> areas, List<OrganisationId> partners) {
    }

    /** How much evidence an outcome area has from one partner (null: evidence no partner is named on). */
    public record EvidenceCountView(OutcomeArea area, OrganisationId partner, int caseStudies, int learningPoints,
                                    int harvestedOutcomes) {
    }

    /** One event as the network knew it, with its audit. */
    public record KnownEvent(String eventId, String eventType, String aggregateId, long sequenceNumber,
                             LocalDate happenedOn, Instant recordedAt, String recordedBy, OrganisationId onBehalfOf,
                             String summary, NetworkEvent event) {
    }

    /** A timeline item resolved at a record time: the events about it known then, oldest first. */
    public record ResolvedItem(TimelineItem item, Instant knownAt, List<KnownEvent> events) {
        public Instant firstRecordedAt() {
            return events.stream().map(KnownEvent::recordedAt).min(Instant::compareTo).orElseThrow();
        }
    }

    /** A pinned item in a review pack; {@code resolved} is null when the viewer may not see any of it. */
    public record PackItem(int number, TimelineItem item, String why, ResolvedItem resolved) {
    }

    /** A finding with the numbers of the pack items it rests on. */
    public record PackFinding(int number, String text, List<Integer> restsOn) {
    }

    /** A learning review ready to export: its findings, the pinned items and the evidence they rest on. */
    public record ReviewPack(LearningReviewView review, List<PackFinding> findings, List<PackItem> items) {
    }
}
