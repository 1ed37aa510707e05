package org.irrigate.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "person_role")
class RoleEntry {
    @Id
    UUID roleId;
    @Column(nullable = false)
    UUID personId;
    @Column(nullable = false)
    UUID organisationId;
    @Column(nullable = false)
    String title;
    @Column(nullable = false)
    LocalDate startedOn;
    LocalDate endedOn;
    String endReason;
}
