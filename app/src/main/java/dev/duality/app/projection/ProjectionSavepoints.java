package dev.duality.app.projection;

import jakarta.persistence.EntityManager;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs each projection's event handler in a savepoint of the transaction it shares with others (the command's, in the
 * inline mode; a batch's, in the async mode), its writes flushed before the savepoint is released. A handler that
 * fails, even on a database error that would abort the whole transaction (a value too long for its column), is rolled
 * back alone, so the dead-letter queue can park its event in the same transaction and everything else commits.
 *
 * <p>The flush after each handler also makes a batch commit what one transaction per event would have: Hibernate
 * otherwise orders a flush by kind (every insert, then every update, then every delete), and a unique key could then
 * see the rows of a later event before those of an earlier one (the next session inserted as active before the last
 * one was updated as ended, a countdown created again before its deleted namesake is gone), so a rebuild with a larger
 * batch size could fail where the live build did not.
 *
 * <p>A savepoint costs a round trip to the database, and a command's events meet several handlers: so each handler's
 * savepoint is released in the same round trip that sets the next one's, and the last is released by the commit.
 */
final class ProjectionSavepoints implements HandlerEnhancerDefinition {
    private final EntityManager entityManager;

    ProjectionSavepoints(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionEventHandler = original.canHandleMessageType(EventMessage.class)
                && AnnotationUtils.isAnnotationPresent(original.declaringClass(), ProcessingGroup.class);
        return projectionEventHandler ? new InSavepoint<>(original) : original;
    }

    /**
     * Session.flush() marks the whole transaction rollback-only when the database refuses a statement, even once the
     * savepoint undid it; the flush listeners it calls do not, so the transaction commits what else it holds.
     */
    private static void flushKeepingTheTransaction(EventSource session) {
        session.getFactory().getEventListenerGroups().eventListenerGroup_FLUSH
                .fireEventOnEachListener(new FlushEvent(session), FlushEventListener::onFlush);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The current transaction runs its handlers without savepoints: a rebuild, which is rolled back whole when any
     * handler fails, so one handler's writes never need undoing alone.
     */
    static void noneInThisTransaction() {
        Savepoints.ofThisTransaction().wanted = false;
    }

    /** The savepoints of one transaction: how many were set, the last one still open. */
    private static final class Savepoints implements TransactionSynchronization {
        private static final Object KEY = Savepoints.class;
        private int count;
        private boolean wanted = true;

        static Savepoints ofThisTransaction() {
            Savepoints savepoints = (Savepoints) TransactionSynchronizationManager.getResource(KEY);
            if (savepoints == null) {
                savepoints = new Savepoints();
                TransactionSynchronizationManager.bindResource(KEY, savepoints);
                TransactionSynchronizationManager.registerSynchronization(savepoints);
            }
            return savepoints;
        }

        /** Sets a new savepoint, releasing the one before in the same round trip (both statements in one call). */
        String next(EventSource session) {
            String previous = count == 0 ? null : name(count);
            String next = name(++count);
            session.doWork(connection -> execute(connection,
                    previous == null ? "savepoint " + next : "release savepoint " + previous + "; savepoint " + next));
            return next;
        }

        private static String name(int n) {
            return "duality_handler_" + n;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {
        InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            EventSource session = entityManager.unwrap(EventSource.class);
            Savepoints savepoints = Savepoints.ofThisTransaction();
            if (!savepoints.wanted) {
                Object result = super.handle(message, target);
                session.flush();
                return result;
            }
            // what earlier handlers wrote is flushed first, so rolling back to the savepoint undoes this one only
            session.flush();
            String savepoint = savepoints.next(session);
            try {
                Object result = super.handle(message, target);
                flushKeepingTheTransaction(session);
                return result;
            } catch (Exception | Error e) {
                session.doWork(connection -> execute(connection, "rollback to savepoint " + savepoint));
                // the failed writes are still in the persistence context; everything before was flushed
                session.clear();
                throw e;
            }
        }
    }
}
