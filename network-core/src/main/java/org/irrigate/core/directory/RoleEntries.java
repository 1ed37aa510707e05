package org.irrigate.core.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleEntries extends JpaRepository<RoleEntry, UUID> {
    List<RoleEntry> findByPersonIdInOrderByStartedOn(Collection<UUID> personIds);

    @Query("""
            select distinct r.personId from RoleEntry r
            where r.organisationId = :organisationId
              and (cast(:on as date) is null or (r.startedOn <= :on and (r.endedOn is null or r.endedOn >= :on)))""")
    List<UUID> peopleAt(UUID organisationId, LocalDate on);
}
