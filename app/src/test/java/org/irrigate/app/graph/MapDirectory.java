package org.irrigate.app.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.OrganisationKind;

/** A directory held in maps, for tests and the benchmark: names, kinds and partners without the application. */
public final class MapDirectory implements NodeDirectory {
    private final Map<UUID, NodeInfo> nodes = new HashMap<>();
    private final Map<UUID, UUID> merged = new HashMap<>();
    private final Set<UUID> partners = new HashSet<>();

    public UUID person(String name) {
        UUID id = UUID.nameUUIDFromBytes(("person:" + name).getBytes());
        nodes.put(id, new NodeInfo(name, null));
        return id;
    }

    public UUID organisation(String name, OrganisationKind kind) {
        UUID id = UUID.nameUUIDFromBytes(("organisation:" + name).getBytes());
        nodes.put(id, new NodeInfo(name, kind));
        return id;
    }

    public UUID partner(String name) {
        UUID id = organisation(name, OrganisationKind.COMMUNITY_ANCHOR);
        partners.add(id);
        return id;
    }

    public void merge(UUID duplicate, UUID into) {
        merged.put(duplicate, into);
    }

    @Override
    public NodeInfo info(UUID id, NodeKind kind) {
        return nodes.getOrDefault(id, new NodeInfo(null, null));
    }

    @Override
    public UUID canonical(UUID id) {
        return merged.getOrDefault(id, id);
    }

    @Override
    public Set<UUID> partnersOn(LocalDate day) {
        return partners;
    }
}
