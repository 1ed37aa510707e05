package org.irrigate.evidence.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Subjects;

/** A partner's case study. Summaries carry the title only: personal details never reach the timeline. */
public sealed interface CaseStudyEvent extends EvidenceEvent {
    CaseStudyId caseStudyId();

    /** The partner organisation the case study belongs to. */
    OrganisationId partner();

    @Override
    default Subjects subjects() {
        return Subjects.of(partner());
    }

    @Revision("1")
    record CaseStudyDrafted(CaseStudyId caseStudyId, OrganisationId partner, String title, CaseStudyContent content,
                            LocalDate happenedOn) implements CaseStudyEvent {
        @Override
        public String summary() {
            return "Drafted case study '" + title + "'";
        }
    }

    @Revision("1")
    record CaseStudyRevised(CaseStudyId caseStudyId, OrganisationId partner, int version, String title,
                            CaseStudyContent content, String reason, LocalDate happenedOn) implements CaseStudyEvent {
        @Override
        public String summary() {
            return "Revised case study '" + title + "' (version " + version + "): " + reason;
        }
    }

    @Revision("1")
    record ConsentRecorded(CaseStudyId caseStudyId, OrganisationId partner, ConsentMethod method, String scope,
                           LocalDate happenedOn) implements CaseStudyEvent {
        @Override
        public String summary() {
            return "Recorded " + method.name().toLowerCase().replace('_', ' ')
                    + " consent for the personal details in a case study";
        }
    }

    @Revision("1")
    record CaseStudyLinked(CaseStudyId caseStudyId, OrganisationId partner, Links links, LocalDate happenedOn)
            implements CaseStudyEvent {
        @Override
        public String summary() {
            return "Linked a case study to " + links.items().size() + " item(s) of influence and funding history";
        }
    }

    @Revision("1")
    record CaseStudyPublished(CaseStudyId caseStudyId, OrganisationId partner, int version, String title,
                              LocalDate happenedOn) implements CaseStudyEvent {
        @Override
        public String summary() {
            return "Published case study '" + title + "'";
        }
    }
}
