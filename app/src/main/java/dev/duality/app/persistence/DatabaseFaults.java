package dev.duality.app.persistence;

import dev.duality.core.rejection.RejectionCode;
import dev.duality.web.ApiRejection;
import dev.duality.web.RetryableFaults;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Which database faults a retry can cure, found by the SQLSTATE of the {@link SQLException}s among a failure's
 * causes, however Spring, Hibernate or Axon wrapped it. A transaction the database aborted wrote nothing, so the
 * request can simply be sent again.
 */
@Component
public class DatabaseFaults implements RetryableFaults {
    private static final String CLOSED_CONNECTION = "Connection is closed";

    /** {@code DATABASE_BUSY}, {@code DATABASE_UNAVAILABLE}, or empty when the failure is no transient database fault. */
    @Override
    public Optional<RejectionCode> classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                // a pool that timed out waiting for a connection, or a connection that broke
                return Optional.of(ApiRejection.DATABASE_UNAVAILABLE);
            }
            if (t instanceof java.io.IOException || t instanceof SQLException closed && closed.getSQLState() == null
                    && CLOSED_CONNECTION.equals(closed.getMessage())) {
                // the link to the database broke: the driver's I/O failure, or the pool's connection closed under a
                // transaction after it (Hikari says so without a SQLSTATE)
                return Optional.of(ApiRejection.DATABASE_UNAVAILABLE);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<RejectionCode> fault = bySqlState(sql.getSQLState());
                if (fault.isPresent()) {
                    return fault;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<RejectionCode> bySqlState(String state) {
        return switch (state) {
            // lock_not_available (lock_timeout), deadlock_detected, serialization_failure, query_canceled
            // (statement_timeout)
            case "55P03", "40P01", "40001", "57014" -> Optional.of(ApiRejection.DATABASE_BUSY);
            // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
            case "57P01", "57P02", "57P03", "53300" -> Optional.of(ApiRejection.DATABASE_UNAVAILABLE);
            // connection_exception and its subclasses
            default -> state.startsWith("08") ? Optional.of(ApiRejection.DATABASE_UNAVAILABLE) : Optional.empty();
        };
    }
}
