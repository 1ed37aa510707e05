package org.irrigate.evidence.api;

import java.time.Instant;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.core.api.Viewer;

/** Questions the evidence read models answer; every filter may be null for "any". */
public final class EvidenceQuery {
    private EvidenceQuery() {
    }

    public record FindTheoriesOfChange() {
    }

    public record FindTheoryOfChange(TheoryOfChangeId theoryOfChangeId) {
    }

    public record FindCaseStudies(OrganisationId partner, CaseStudyStatus status, OutcomeArea area) {
    }

    public record FindCaseStudy(CaseStudyId caseStudyId) {
    }

    public record FindReflections(ReflectionKind kind, OutcomeArea area) {
    }

    public record FindReflection(ReflectionId reflectionId) {
    }

    /** The harvest register. */
    public record FindHarvestedOutcomes(HarvestStatus status, OutcomeArea area, OrganisationId partner) {
    }

    public record FindHarvestedOutcome(HarvestedOutcomeId harvestedOutcomeId) {
    }

    public record FindLearningReviews() {
    }

    public record FindLearningReview(LearningReviewId learningReviewId) {
    }

    /** The evidence behind an outcome area, a partner, or both. */
    public record FindEvidence(OutcomeArea area, OrganisationId partner, EvidenceKind kind) {
    }

    /** How much evidence there is per outcome area and partner. */
    public record CountEvidence(OrganisationId partner) {
    }

    /**
     * Everything known about a timeline item at a record time, as far as the viewer may see it; null when nothing
     * was. Answered by the application, which owns the cross-module reading of the event store.
     */
    public record ResolveTimelineItem(TimelineItem item, Instant knownAt, Viewer viewer) {
    }
}
