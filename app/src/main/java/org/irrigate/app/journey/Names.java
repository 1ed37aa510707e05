package org.irrigate.app.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import org.irrigate.app.knownon.KnownDirectory;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names for organisations and people: from network-core's directories as they are now, or as known on a record time
 * (folded from the directory events recorded by then, so a later rename does not show in a journey about then). An
 * erased person is an "erased person" in every answer, whatever moment it is asked from.
 */
@Component
class Names {
    static final String ERASED = "erased person";
    static final String UNKNOWN = "unknown";

    private final JdbcTemplate jdbc;
    private final KnownDirectory known;

    Names(JdbcTemplate jdbc, KnownDirectory known) {
        this.jdbc = jdbc;
        this.known = known;
    }

    /** As known on {@code knownOn}, or now when it is null. */
    Lookup load(Instant knownOn, Viewer viewer) {
        if (knownOn == null) {
            return load();
        }
        Map<UUID, String> organisations = new HashMap<>();
        Map<UUID, String> kinds = new HashMap<>();
        known.organisations(null, null, false, knownOn, viewer).forEach(o -> {
            organisations.put(o.organisationId().value(), o.name());
            kinds.put(o.organisationId().value(), o.kind().name());
        });
        Map<UUID, String> people = new HashMap<>();
        known.people(knownOn, viewer).forEach(p -> people.put(p.personId().value(),
                p.erased() || p.fullName() == null ? ERASED : p.fullName()));
        return new Lookup(organisations, kinds, people);
    }

    Lookup load() {
        Map<UUID, String> organisations = new HashMap<>();
        Map<UUID, String> kinds = new HashMap<>();
        jdbc.query("select id, name, kind from organisation_directory", rs -> {
            UUID id = rs.getObject("id", UUID.class);
            organisations.put(id, rs.getString("name"));
            kinds.put(id, rs.getString("kind"));
        });
        Map<UUID, String> people = new HashMap<>();
        jdbc.query("select id, full_name, erased from person_directory", rs -> {
            people.put(rs.getObject("id", UUID.class), rs.getBoolean("erased") || rs.getString("full_name") == null
                    ? ERASED : rs.getString("full_name"));
        });
        return new Lookup(organisations, kinds, people);
    }

    record Lookup(Map<UUID, String> organisations, Map<UUID, String> kinds, Map<UUID, String> people) {
        JourneyView.Ref organisation(OrganisationId id) {
            return id == null ? null : new JourneyView.Ref(id.value(), organisations.getOrDefault(id.value(), UNKNOWN));
        }

        JourneyView.Ref person(PersonId id) {
            return id == null ? null : new JourneyView.Ref(id.value(), people.getOrDefault(id.value(), UNKNOWN));
        }

        List<JourneyView.Ref> organisations(java.util.Collection<OrganisationId> ids) {
            return ids.stream().map(this::organisation).sorted(JourneyView.Ref.ORDER).toList();
        }

        boolean statutory(OrganisationId id) {
            String kind = kinds.get(id.value());
            return kind != null && org.irrigate.core.api.OrganisationKind.valueOf(kind).statutory();
        }
    }
}
