package org.irrigate.core.api;

import java.time.LocalDate;
import java.util.List;

/** Read-side views of network-core. */
public final class NetworkView {
    private NetworkView() {
    }

    public enum OrganisationStatus { ACTIVE, MERGED, RETIRED }

    public record OrganisationView(OrganisationId organisationId, String name, OrganisationKind kind, PlaceCode place,
                                   String charityNumber, OrganisationStatus status, OrganisationId mergedInto,
                                   boolean member, LocalDate joinedOn, LocalDate leftOn, LocalDate registeredOn) {
    }

    public record RoleView(RoleId roleId, OrganisationId organisationId, String organisationName, String title,
                           LocalDate from, LocalDate to, String endReason) {
        public boolean heldOn(LocalDate day) {
            return new DateRange(from, to).contains(day);
        }
    }

    /** A person; once erased, the name reads {@link #ERASED} and contact details are null. */
    public record PersonView(PersonId personId, String fullName, String email, String phone, boolean erased,
                             List<RoleView> roles) {
        public static final String ERASED = "erased person";

        public List<RoleView> currentRoles() {
            return roles.stream().filter(r -> r.to() == null).toList();
        }
    }

    public record PlaceView(PlaceCode code, String name, PlaceLevel level, PlaceCode parent) {
    }
}
