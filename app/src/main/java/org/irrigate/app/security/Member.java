package org.irrigate.app.security;

import java.util.Collection;
import java.util.List;
import org.irrigate.core.api.OrganisationId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who records, in which role, on behalf of which organisation. */
public record Member(String username, String passwordHash, Role role, OrganisationId organisationId, boolean enabled,
                     boolean locked) implements UserDetails {

    static Member of(UserAccount account, boolean locked) {
        return new Member(account.username(), account.passwordHash(), account.role(),
                new OrganisationId(account.organisationId()), account.enabled(), locked);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "Member[" + username + ", " + role + ", " + organisationId + "]";
    }
}
