package org.irrigate.app.security;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage sign-ins (not history: accounts are configuration and live outside the event store). */
@Tag(name = "Users", description = "Admin only: accounts, roles and the organisation each records for")
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {
    static final int MIN_PASSWORD = 12;

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final EventStore events;

    UserAdminController(UserAccounts accounts, PasswordEncoder passwords, EventStore events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
    }

    record UserView(String username, Role role, UUID organisationId, boolean enabled) {
        static UserView of(UserAccount account) {
            return new UserView(account.username(), account.role(), account.organisationId(), account.enabled());
        }
    }

    record NewUser(String username, String password, Role role, OrganisationId organisationId) {
    }

    record NewPassword(String password) {
    }

    @GetMapping
    List<UserView> list() {
        return accounts.findAll().stream().map(UserView::of)
                .sorted(java.util.Comparator.comparing(UserView::username)).toList();
    }

    @PostMapping
    @Transactional
    ResponseEntity<UserView> create(@RequestBody NewUser request) {
        String username = InvalidInputException.requireText(request.username(), "username", 100);
        InvalidInputException.require(username.matches("[a-z0-9._-]{3,100}"), "username",
                "must be 3 to 100 lower-case letters, digits, dots, dashes or underscores");
        checkPassword(request.password());
        InvalidInputException.requirePresent(request.role(), "role");
        InvalidInputException.requirePresent(request.organisationId(), "organisationId");
        Existing.require(events, request.organisationId(), "Organisation");
        ConflictException.check(!accounts.existsById(username), "A user called " + username + " already exists");
        UserAccount account = accounts.save(new UserAccount(username, passwords.encode(request.password()),
                request.role(), request.organisationId().value()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + username)).body(UserView.of(account));
    }

    @PostMapping("/{username}/password")
    @Transactional
    ResponseEntity<Void> changePassword(@PathVariable String username, @RequestBody NewPassword request) {
        checkPassword(request.password());
        account(username).changePassword(passwords.encode(request.password()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/disable")
    @Transactional
    ResponseEntity<Void> disable(@PathVariable String username) {
        account(username).enable(false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/enable")
    @Transactional
    ResponseEntity<Void> enable(@PathVariable String username) {
        account(username).enable(true);
        return ResponseEntity.noContent().build();
    }

    private UserAccount account(String username) {
        return accounts.findById(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private static void checkPassword(String password) {
        InvalidInputException.require(password != null && password.length() >= MIN_PASSWORD
                && password.length() <= 200, "password", "must be " + MIN_PASSWORD + " to 200 characters");
    }
}
