package org.irrigate.app.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.audit.Recorder;
import org.irrigate.app.security.Role;
import org.irrigate.app.security.UserAccount;
import org.irrigate.app.security.UserAccounts;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PlaceImport;
import org.irrigate.core.api.PlaceImporter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What every installation needs before anyone signs in: the reference geography, the network's own organisation
 * (the coordinator and admins record on its behalf) and a first administrator.
 */
@Component
public class NetworkBootstrap {
    public static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(NetworkBootstrap.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final PlaceImporter places;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final String networkName;
    private final String adminPassword;

    NetworkBootstrap(CommandGateway commands, EventStore events, PlaceImporter places, UserAccounts accounts,
                     PasswordEncoder passwords, @Value("${irrigate.network.name}") String networkName,
                     @Value("${irrigate.admin.password:}") String adminPassword) {
        this.commands = commands;
        this.events = events;
        this.places = places;
        this.accounts = accounts;
        this.passwords = passwords;
        this.networkName = networkName;
        this.adminPassword = adminPassword;
    }

    /** The network's organisation id is derived from its name, so it is the same on every start. */
    public OrganisationId networkOrganisation() {
        return new OrganisationId(UUID.nameUUIDFromBytes(("irrigate-network:" + networkName).getBytes(StandardCharsets.UTF_8)));
    }

    public void run() {
        OrganisationId network = networkOrganisation();
        new Recorder(SYSTEM, network, null).run(() -> {
            PlaceImport imported = places.importCsv(referencePlaces(), false);
            if (imported.registered() > 0) {
                log.info("Loaded {} reference places for Gloucestershire", imported.registered());
            }
            if (events.lastSequenceNumberFor(network.toString()).isEmpty()) {
                commands.sendAndWait(new RegisterOrganisation(network, networkName,
                        OrganisationKind.UNCONSTITUTED_GROUP, null, null, LocalDate.now()));
                log.info("Registered the network's own organisation: {}", networkName);
            }
        });
    }

    /** Creates the first administrator when no account exists yet. */
    public void ensureAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        OrganisationId network = networkOrganisation();
        boolean generated = adminPassword.isBlank();
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = generated ? HexFormat.of().formatHex(random) : adminPassword;
        accounts.save(new UserAccount("admin", passwords.encode(password), Role.ADMIN, network.value()));
        if (generated) {
            // Printed once, on the first start only; set irrigate.admin.password to choose it instead.
            log.warn("First start: created user 'admin' with password {} - change it after signing in", password);
        } else {
            log.info("First start: created user 'admin' with the configured password");
        }
    }

    private static String referencePlaces() {
        try {
            return new ClassPathResource("reference/gloucestershire-places.csv").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
