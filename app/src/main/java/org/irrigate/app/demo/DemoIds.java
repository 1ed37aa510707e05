package org.irrigate.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RoleId;

/** Stable ids for the demo story, so tests and links can name "Stroud District Council" on every machine. */
public final class DemoIds {
    private DemoIds() {
    }

    public static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("irrigate-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static OrganisationId organisation(String key) {
        return new OrganisationId(uuid("organisation:" + key));
    }

    public static PersonId person(String key) {
        return new PersonId(uuid("person:" + key));
    }

    public static RoleId role(String key) {
        return new RoleId(uuid("role:" + key));
    }
}
