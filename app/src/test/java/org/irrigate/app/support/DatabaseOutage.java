package org.irrigate.app.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Takes the database away: while an outage lasts, asking the pool for a connection fails the way HikariCP does when
 * the server is unreachable ({@link SQLTransientConnectionException}), for every thread or only for the test's own
 * thread after a number of successful connections (to reach a layer behind signing in). Every DataSource of the test
 * context goes through it, so Flyway, JPA, JDBC and Axon all see the same outage.
 */
public class DatabaseOutage implements BeanPostProcessor {
    private static volatile boolean everywhere;
    private static final ThreadLocal<Integer> connectionsLeftOnThisThread = new ThreadLocal<>();

    /** The database is gone for every thread until {@link #end()}. */
    public static void begin() {
        everywhere = true;
    }

    /** On this thread only: {@code connections} more connections succeed, every later one fails. */
    public static void onThisThreadAfter(int connections) {
        connectionsLeftOnThisThread.set(connections);
    }

    public static void end() {
        everywhere = false;
        connectionsLeftOnThisThread.remove();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Switchable) ? new Switchable(dataSource)
                : bean;
    }

    private static void failIfDown() throws SQLException {
        Integer left = connectionsLeftOnThisThread.get();
        if (left != null) {
            connectionsLeftOnThisThread.set(left - 1);
        }
        if (everywhere || left != null && left <= 0) {
            throw new SQLTransientConnectionException("irrigate-test - Connection is not available (database outage)");
        }
    }

    static final class Switchable extends DelegatingDataSource {
        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            failIfDown();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            failIfDown();
            return super.getConnection(username, password);
        }
    }
}
