package org.irrigate.app.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.irrigate.app.backup.EventStoreBackup;
import org.irrigate.app.demo.DemoStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** First-start work, then one log line that says what this instance is running on. */
@Component
class StartupRunner implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(StartupRunner.class);

    private final NetworkBootstrap bootstrap;
    private final DemoStory demo;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final boolean demoEnabled;
    private final EventStoreBackup backup;
    private final String restoreFrom;

    StartupRunner(NetworkBootstrap bootstrap, DemoStory demo, JdbcTemplate jdbc, DataSource dataSource,
                  @Value("${irrigate.demo.enabled}") boolean demoEnabled, EventStoreBackup backup,
                  @Value("${irrigate.restore-from:}") String restoreFrom) {
        this.bootstrap = bootstrap;
        this.demo = demo;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.demoEnabled = demoEnabled;
        this.backup = backup;
        this.restoreFrom = restoreFrom;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long before = storedEvents();
        log.info("Database: {} ({} events stored)", database(), before);
        if (!restoreFrom.isBlank()) {
            restore(Path.of(restoreFrom));
            before = storedEvents();
        }
        bootstrap.run();
        boolean loadDemo = demoEnabled && before == 0;
        if (loadDemo) {
            demo.load();
        }
        bootstrap.ensureAdmin();
        log.info("Irrigate ready: {} events stored; demo data {}", storedEvents(),
                loadDemo ? "loaded now" : demoEnabled ? "already present or not wanted on a used database" : "disabled (empty start)");
    }

    /** Restores a backup into this (empty) database; the projections then read the restored events as new. */
    private void restore(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            EventStoreBackup.Summary restored = backup.restore(in);
            log.info("Restored {} events, {} personal keys from {} (content hash {})", restored.events(),
                    restored.keys(), file, restored.contentHash());
        }
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private String database() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        }
    }
}
