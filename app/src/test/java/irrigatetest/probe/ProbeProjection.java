package irrigatetest.probe;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.irrigate.app.replay.StoredPosition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test-only projection (outside the scanned packages; added to an application explicitly): records which instance
 * handled which event, in the same transaction as its token, so a test can prove each event is handled exactly once.
 */
@Component
@ProcessingGroup("probe")
public class ProbeProjection {
    private final JdbcTemplate jdbc;
    private final String instance;
    private final StoredPosition positions;

    public ProbeProjection(JdbcTemplate jdbc, @Value("${irrigate.instance-name}") String instance,
                           StoredPosition positions) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.positions = positions;
        jdbc.execute("create table if not exists probe_handled (instance varchar(100) not null, position bigint not null)");
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        jdbc.update("insert into probe_handled (instance, position) values (?, ?)", instance, positions.of(message));
    }
}
