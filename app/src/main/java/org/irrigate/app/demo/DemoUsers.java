package org.irrigate.app.demo;

import java.util.Map;
import org.irrigate.app.bootstrap.NetworkBootstrap;
import org.irrigate.app.security.Role;
import org.irrigate.app.security.UserAccount;
import org.irrigate.app.security.UserAccounts;
import org.irrigate.core.api.OrganisationId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Sign-ins for the demo story, one per role and one per partner; all share {@link #PASSWORD} (README). */
@Component
public class DemoUsers {
    public static final String PASSWORD = "irrigate-demo";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final NetworkBootstrap bootstrap;

    DemoUsers(UserAccounts accounts, PasswordEncoder passwords, NetworkBootstrap bootstrap) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.bootstrap = bootstrap;
    }

    OrganisationId network() {
        return bootstrap.networkOrganisation();
    }

    /** username → (role, organisation) */
    public Map<String, Map.Entry<Role, OrganisationId>> all() {
        return Map.of(
                "admin", Map.entry(Role.ADMIN, network()),
                "coordinator", Map.entry(Role.COORDINATOR, network()),
                "researcher", Map.entry(Role.RESEARCHER, Cast.CTP),
                "ggt", Map.entry(Role.PARTNER, Cast.GGT),
                "gl11", Map.entry(Role.PARTNER, Cast.GL11),
                "grace", Map.entry(Role.PARTNER, Cast.GRACE),
                "gcbc", Map.entry(Role.PARTNER, Cast.GCBC),
                "fairshares", Map.entry(Role.PARTNER, Cast.FAIR_SHARES),
                "venture", Map.entry(Role.PARTNER, Cast.VENTURE));
    }

    void create() {
        String hash = passwords.encode(PASSWORD);
        all().forEach((username, access) -> {
            if (!accounts.existsById(username)) {
                accounts.save(new UserAccount(username, hash, access.getKey(), access.getValue().value()));
            }
        });
    }
}
