package org.irrigate.core.directory;

import java.util.List;
import org.irrigate.core.api.PlaceLevel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceEntries extends JpaRepository<PlaceEntry, String> {
    @Query("""
            select p from PlaceEntry p
            where (:level is null or p.level = :level)
              and (cast(:parent as string) is null or p.parentCode = :parent)
            order by p.code""")
    List<PlaceEntry> search(PlaceLevel level, String parent);
}
