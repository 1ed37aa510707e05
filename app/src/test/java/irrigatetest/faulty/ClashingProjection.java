package irrigatetest.faulty;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.irrigate.app.security.Role;
import org.irrigate.app.security.UserAccount;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test-only projection that fails on an SQL error after it has written: for every organisation it writes a row
 * (JDBC) and an account (JPA, written at flush), then, for names starting "Clashing" while {@link #clashing} is set,
 * inserts a key that already exists. On PostgreSQL that failed insert aborts the whole transaction.
 */
@Component
@ProcessingGroup("clashing")
public class ClashingProjection {
    public static final String CLASH = "clash";
    public static volatile boolean clashing = true;

    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    public ClashingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("create table if not exists clashing_row (id varchar(100) primary key, name varchar(200))");
        if (jdbc.queryForObject("select count(*) from clashing_row where id = ?", Long.class, CLASH) == 0) {
            jdbc.update("insert into clashing_row (id, name) values (?, ?)", CLASH, "already there");
        }
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        jdbc.update("insert into clashing_row (id, name) values (?, ?)", event.organisationId().value().toString(),
                event.name());
        entityManager.persist(new UserAccount("clashing-" + event.organisationId().value(), "{noop}unusable", Role.PARTNER,
                event.organisationId().value()));
        if (clashing && event.name().startsWith("Clashing")) {
            jdbc.update("insert into clashing_row (id, name) values (?, ?)", CLASH, event.name());
        }
    }
}
