package org.irrigate.core.directory;

import java.util.List;
import java.util.UUID;
import org.irrigate.core.api.OrganisationKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationEntries extends JpaRepository<OrganisationEntry, UUID> {
    @Query("""
            select o from OrganisationEntry o
            where (:name is null or lower(o.name) like lower(concat('%', cast(:name as string), '%')))
              and (:kind is null or o.kind = :kind)
              and (:membersOnly = false or o.member = true)
            order by o.name""")
    List<OrganisationEntry> search(String name, OrganisationKind kind, boolean membersOnly);
}
