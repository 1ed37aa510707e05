package org.irrigate.core.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** What happened to a person's record; roles ending is how officer turnover becomes visible. */
public sealed interface PersonEvent extends NetworkEvent {
    PersonId personId();

    @Override
    default Subjects subjects() {
        return new Subjects(java.util.Set.of(), java.util.Set.of(personId()), java.util.Set.of());
    }

    @Revision("1")
    record PersonRegistered(PersonId personId, SealedDetails details, LocalDate happenedOn) implements PersonEvent {
        @Override
        public String summary() {
            return "Registered a person";
        }
    }

    @Revision("1")
    record PersonalDetailsUpdated(PersonId personId, SealedDetails details, String reason, LocalDate happenedOn)
            implements PersonEvent {
        @Override
        public String summary() {
            return "Updated personal details: " + reason;
        }
    }

    @Revision("1")
    record RoleStarted(PersonId personId, RoleId roleId, OrganisationId organisationId, String title,
                       LocalDate happenedOn) implements PersonEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(organisationId).withPeople(personId);
        }

        @Override
        public String summary() {
            return "Started role '" + title + "'";
        }
    }

    @Revision("1")
    record RoleEnded(PersonId personId, RoleId roleId, OrganisationId organisationId, String title, String reason,
                     LocalDate happenedOn) implements PersonEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(organisationId).withPeople(personId);
        }

        @Override
        public String summary() {
            return "Ended role '" + title + "'" + (reason == null ? "" : ": " + reason);
        }
    }

    /** The person's key is gone: from here on every view and replay shows an erased person. */
    @Revision("1")
    record PersonErased(PersonId personId, String reason, LocalDate happenedOn) implements PersonEvent {
        @Override
        public String summary() {
            return "Erased a person's personal data: " + reason;
        }
    }
}
