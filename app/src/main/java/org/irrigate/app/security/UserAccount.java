package org.irrigate.app.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A login. Accounts are configuration, not history: they live outside the event store. */
@Entity
@Table(name = "user_account")
public class UserAccount {
    @Id
    private String username;
    @Column(nullable = false)
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    /** The organisation the user records on behalf of. */
    @Column(nullable = false)
    private UUID organisationId;
    private boolean enabled = true;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, UUID organisationId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }
}
