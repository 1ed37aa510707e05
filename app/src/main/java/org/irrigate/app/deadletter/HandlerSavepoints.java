package org.irrigate.app.deadletter;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.AggregateRoot;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs every event handler of a projection, saga or policy in a savepoint of its batch's transaction, and rolls back
 * to it when the handler fails, before Axon parks the event in the dead-letter queue. Without it, a failed statement
 * on PostgreSQL aborts the whole transaction, so the dead letter cannot be written and the segment retries the batch
 * for ever; on H2 the rows the handler wrote before it failed would be committed with the dead letter.
 * Aggregates' event sourcing handlers are left alone, as are handlers {@link WritesAtCommit}: they write nothing
 * themselves. See docs/decisions/0015-handler-savepoints.md.
 * Axon's Spring Boot configuration applies every {@link HandlerEnhancerDefinition} bean to all handlers.
 */
@Component
@ConditionalOnProperty(name = "irrigate.projections.savepoints", havingValue = "true", matchIfMissing = true)
class HandlerSavepoints implements HandlerEnhancerDefinition {
    private final DataSource dataSource;
    private final EntityManagerFactory entityManagers;

    HandlerSavepoints(DataSource dataSource, EntityManagerFactory entityManagers) {
        this.dataSource = dataSource;
        this.entityManagers = entityManagers;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.canHandleMessageType(EventMessage.class)
                && original.hasAnnotation(EventHandler.class)
                && !original.hasAnnotation(EventSourcingHandler.class)
                && !original.hasAnnotation(WritesAtCommit.class)
                && !AnnotatedElementUtils.hasAnnotation(original.declaringClass(), AggregateRoot.class);
        return projectionHandler ? new InSavepoint<>(original) : original;
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {
        InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            // the connection of the batch's transaction, which JPA and JdbcTemplate share; none outside a transaction
            ConnectionHolder transaction = TransactionSynchronizationManager.isActualTransactionActive()
                    ? (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource) : null;
            if (transaction == null) {
                return super.handle(message, target);
            }
            EntityManager entityManager = TransactionSynchronizationManager.getResource(entityManagers)
                    instanceof EntityManagerHolder holder ? holder.getEntityManager() : null;
            // What earlier handlers of the batch changed is written before the savepoint, so a rollback to it undoes
            // this handler's writes and nothing else's.
            flush(entityManager);
            Connection connection = transaction.getConnection();
            Savepoint beforeHandler = connection.setSavepoint();
            Object result;
            try {
                result = super.handle(message, target);
                // JPA would write the handler's changes at commit, outside its savepoint: write them now
                flush(entityManager);
            } catch (Exception | Error failed) {
                undo(connection, beforeHandler, entityManager, failed);
                throw failed;
            }
            connection.releaseSavepoint(beforeHandler);
            return result;
        }

        /**
         * Back to the savepoint, and the persistence context forgotten: it may hold the handler's entities as if
         * written. Everything else in it was flushed before the savepoint, so nothing else is lost.
         */
        private static void undo(Connection connection, Savepoint savepoint, EntityManager entityManager,
                                 Throwable failed) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                failed.addSuppressed(e);
            }
            if (entityManager != null) {
                entityManager.clear();
            }
        }

        private static void flush(EntityManager entityManager) {
            if (entityManager != null) {
                entityManager.flush();
            }
        }
    }
}
