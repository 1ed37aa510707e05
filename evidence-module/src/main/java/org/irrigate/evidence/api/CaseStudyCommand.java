package org.irrigate.evidence.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.OrganisationId;

/** What can be asked of a case study: drafted by a partner, revised, consented, linked, then published. */
public sealed interface CaseStudyCommand {
    CaseStudyId caseStudyId();

    /** {@code happenedOn} is the template's "When? Date of case study". */
    record DraftCaseStudy(@TargetAggregateIdentifier CaseStudyId caseStudyId, OrganisationId partner, String title,
                          CaseStudyContent content, LocalDate happenedOn) implements CaseStudyCommand {
    }

    /** The whole content again, so each version stands on its own. */
    record ReviseCaseStudy(@TargetAggregateIdentifier CaseStudyId caseStudyId, String title,
                           CaseStudyContent content, String reason, LocalDate happenedOn) implements CaseStudyCommand {
    }

    record RecordConsent(@TargetAggregateIdentifier CaseStudyId caseStudyId, ConsentMethod method, String scope,
                         LocalDate happenedOn) implements CaseStudyCommand {
    }

    record LinkCaseStudy(@TargetAggregateIdentifier CaseStudyId caseStudyId, Links links, LocalDate happenedOn)
            implements CaseStudyCommand {
    }

    record PublishCaseStudy(@TargetAggregateIdentifier CaseStudyId caseStudyId, LocalDate happenedOn)
            implements CaseStudyCommand {
    }
}
