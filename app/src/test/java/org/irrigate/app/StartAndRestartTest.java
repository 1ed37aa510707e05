package org.irrigate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.audit.Recorder;
import org.irrigate.app.bootstrap.NetworkBootstrap;
import org.irrigate.app.security.UserAccounts;
import org.irrigate.app.support.TestDatabase;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The embedded default: H2 files under the data directory, demo loaded once, everything kept across restarts. */
class StartAndRestartTest {
    @TempDir
    Path dataDir;

    @BeforeEach
    void embeddedDefaultOnly() {
        assumeFalse(TestDatabase.postgres(), "about the embedded H2 default");
        IrrigateApplication.disableUpdateChecker();
    }

    ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--irrigate.data-dir=" + dataDir;
        all[1] = "--server.port=0";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(IrrigateApplication.class).web(WebApplicationType.SERVLET).run(all);
    }

    static long events(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void dataSurvivesARestartAndTheDemoIsLoadedOnce() {
        OrganisationId id = OrganisationId.random();
        long stored;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(dataDir.resolve("irrigate.mv.db")).exists();
            new Recorder("test", first.getBean(NetworkBootstrap.class).networkOrganisation(), null).run(() ->
                    first.getBean(CommandGateway.class).sendAndWait(new RegisterOrganisation(id, "Survivor CIC",
                            OrganisationKind.SOCIAL_ENTERPRISE, null, null, LocalDate.of(2024, 1, 1))));
            stored = events(first);
            assertThat(stored).isGreaterThan(60);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(events(second)).isEqualTo(stored);
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, id.toString()))
                    .isEqualTo(1);
        }
    }

    @Test
    void anEmptyStartHasReferenceDataAndAConfiguredAdminButNoStory() {
        try (ConfigurableApplicationContext context = start("--irrigate.demo.enabled=false",
                "--irrigate.admin.password=s3cret-admin")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // seven ONS places and the network's own organisation
            assertThat(events(context)).isEqualTo(8);
            assertThat(context.getBean(UserAccounts.class).findAll()).singleElement().satisfies(admin -> {
                assertThat(admin.username()).isEqualTo("admin");
                assertThat(context.getBean(PasswordEncoder.class).matches("s3cret-admin", admin.passwordHash())).isTrue();
            });
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%PersonRegistered'",
                    Long.class)).isZero();
        }
    }
}
