package org.irrigate.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Savepoint;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A directory write that fails does so at once, in its handler, and leaves the batch's transaction usable once rolled
 * back to the handler's savepoint: what lets the dead-letter queue park the event (decision 0015). Written through
 * JPA, the same failure surfaced only at commit and marked the whole transaction rollback-only.
 */
@IntegrationTest
class DirectoryWriteFailureTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    /** The organisation directory's handler, as Axon calls it (the projection is internal to network-core). */
    private void handle(OrganisationRegistered event) {
        try {
            Object directory = context.getBean(Class.forName("org.irrigate.core.directory.OrganisationDirectory"));
            Method on = directory.getClass().getDeclaredMethod("on", OrganisationRegistered.class);
            on.setAccessible(true);
            on.invoke(directory, event);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailedWriteFailsInItsHandlerAndLeavesTheBatchUsable() {
        OrganisationId tooLong = OrganisationId.random();
        OrganisationId next = OrganisationId.random();
        new TransactionTemplate(transactions).executeWithoutResult(batch -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                Savepoint handler = connection.setSavepoint();
                assertThatThrownBy(() -> handle(registered(tooLong, "N".repeat(300))))
                        .isInstanceOf(DataAccessException.class);
                connection.rollback(handler);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            handle(registered(next, "Directory write after a failure"));
            assertThat(jdbc.queryForObject("select name from organisation_directory where id = ?", String.class,
                    next.value())).isEqualTo("Directory write after a failure");
            assertThat(batch.isRollbackOnly()).isFalse();
            // nothing of this test stays in the shared store
            batch.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from organisation_directory where id in (?, ?)",
                Integer.class, tooLong.value(), next.value())).isZero();
    }

    private static OrganisationRegistered registered(OrganisationId id, String name) {
        return new OrganisationRegistered(id, name, OrganisationKind.COMMUNITY_GROUP, null, null,
                LocalDate.of(2024, 1, 1));
    }
}
