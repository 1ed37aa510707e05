package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.Subjects;

/** The life of an advocacy action; every event names the target so the target's timeline tells the whole story. */
public sealed interface AdvocacyEvent extends InfluenceEvent {
    AdvocacyActionId advocacyActionId();

    OrganisationId targetOrganisation();

    @Override
    default Subjects subjects() {
        return Subjects.of(targetOrganisation());
    }

    @Revision("1")
    record AdvocacyActionStarted(AdvocacyActionId advocacyActionId, String ask, String decisionAtStake,
                                 Set<OrganisationId> advocates, OrganisationId targetOrganisation,
                                 Set<PersonId> targetPeople, LocalDate happenedOn) implements AdvocacyEvent {
        @Override
        public Subjects subjects() {
            return EventSubjects.plus(Subjects.of(targetOrganisation), advocates, targetPeople);
        }

        @Override
        public String summary() {
            return "Started advocacy: " + ask;
        }
    }

    @Revision("1")
    record AdvocacyStepTaken(AdvocacyActionId advocacyActionId, OrganisationId targetOrganisation, int number,
                             StepKind kind, String description, List<ConversationId> conversations,
                             LocalDate happenedOn) implements AdvocacyEvent {
        @Override
        public String summary() {
            return "Advocacy step " + number + " (" + kind.name().toLowerCase().replace('_', ' ') + "): " + description;
        }
    }

    @Revision("1")
    record AdvocacyResponseRecorded(AdvocacyActionId advocacyActionId, OrganisationId targetOrganisation,
                                    ResponseKind response, String description, LocalDate happenedOn)
            implements AdvocacyEvent {
        @Override
        public String summary() {
            return "Advocacy response: " + response.name().toLowerCase().replace('_', ' ')
                    + (description == null ? "" : ": " + description);
        }
    }

    @Revision("1")
    record AdvocacyOutcomeRecorded(AdvocacyActionId advocacyActionId, OrganisationId targetOrganisation,
                                   OutcomeResult result, String description, LocalDate happenedOn)
            implements AdvocacyEvent {
        @Override
        public String summary() {
            return "Advocacy outcome: " + result.name().toLowerCase().replace('_', ' ') + ": " + description;
        }
    }

    @Revision("1")
    record AdvocacyActionClosed(AdvocacyActionId advocacyActionId, OrganisationId targetOrganisation, String reason,
                                LocalDate happenedOn) implements AdvocacyEvent {
        @Override
        public String summary() {
            return "Closed an advocacy action: " + reason;
        }
    }

    @Revision("1")
    record AdvocacyActionReopened(AdvocacyActionId advocacyActionId, OrganisationId targetOrganisation,
                                  String reason, LocalDate happenedOn) implements AdvocacyEvent {
        @Override
        public String summary() {
            return "Reopened an advocacy action: " + reason;
        }
    }
}
