package org.irrigate.core.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person's current personal details; cleared when the person is erased. */
@Entity
@Table(name = "person_directory")
class PersonEntry {
    @Id
    UUID id;
    String fullName;
    String email;
    String phone;
    boolean erased;
}
