package org.irrigate.evidence.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.Subjects;

/** The outcome harvest: statements of observed change and their substantiation. */
public sealed interface HarvestEvent extends EvidenceEvent {
    HarvestedOutcomeId harvestedOutcomeId();

    @Override
    default Subjects subjects() {
        return Subjects.NONE;
    }

    @Revision("1")
    record OutcomeHarvested(HarvestedOutcomeId harvestedOutcomeId, OutcomeStatement statement, LocalDate happenedOn)
            implements HarvestEvent {
        @Override
        public Subjects subjects() {
            Subjects subjects = new Subjects(Set.copyOf(statement.partners()), Set.of(), Set.of())
                    .withOrganisations(statement.socialActor());
            return statement.where() == null ? subjects : subjects.withPlaces(statement.where());
        }

        @Override
        public String summary() {
            return "Harvested outcome: " + Lists.abbreviate(statement.whatChanged());
        }
    }

    /** {@code status} is the register status the verdict leads to. */
    @Revision("1")
    record OutcomeSubstantiated(HarvestedOutcomeId harvestedOutcomeId, PersonId verifier, Verdict verdict,
                                String comment, HarvestStatus status, LocalDate happenedOn) implements HarvestEvent {
        @Override
        public Subjects subjects() {
            return Subjects.NONE.withPeople(verifier);
        }

        @Override
        public String summary() {
            return "A verifier " + verdict.name().toLowerCase().replace('_', ' ') + " with a harvested outcome";
        }
    }

    @Revision("1")
    record OutcomeRetracted(HarvestedOutcomeId harvestedOutcomeId, String reason, LocalDate happenedOn)
            implements HarvestEvent {
        @Override
        public String summary() {
            return "Retracted a harvested outcome: " + reason;
        }
    }
}
