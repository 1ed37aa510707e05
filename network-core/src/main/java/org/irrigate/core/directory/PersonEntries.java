package org.irrigate.core.directory;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonEntries extends JpaRepository<PersonEntry, UUID> {
}
