package org.irrigate.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.irrigate.core.api.NetworkView.OrganisationStatus;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PlaceCode;

@Entity
@Table(name = "organisation_directory")
class OrganisationEntry {
    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationKind kind;
    String placeCode;
    String charityNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationStatus status;
    UUID mergedInto;
    boolean member;
    LocalDate joinedOn;
    LocalDate leftOn;
    LocalDate registeredOn;

    OrganisationView view() {
        return new OrganisationView(new OrganisationId(id), name, kind, placeCode == null ? null : new PlaceCode(placeCode),
                charityNumber, status, mergedInto == null ? null : new OrganisationId(mergedInto), member, joinedOn,
                leftOn, registeredOn);
    }
}
