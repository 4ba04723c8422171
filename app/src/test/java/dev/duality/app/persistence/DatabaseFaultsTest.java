package dev.duality.app.persistence;

import dev.duality.web.ApiRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQLSTATEs a retry cures, found however deep the wrappers bury them (DatabaseFaultIT makes a lock timeout, a
 * deadlock and an exhausted pool happen for real; a serialization failure needs SERIALIZABLE, which the service
 * does not use).
 */
class DatabaseFaultsTest {
    private static final DatabaseFaults FAULTS = new DatabaseFaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "55P03, DATABASE_BUSY", "40P01, DATABASE_BUSY", "40001, DATABASE_BUSY", "57014, DATABASE_BUSY",
            "08006, DATABASE_UNAVAILABLE", "08001, DATABASE_UNAVAILABLE", "57P01, DATABASE_UNAVAILABLE",
            "57P03, DATABASE_UNAVAILABLE", "53300, DATABASE_UNAVAILABLE"})
    void aTransientStateIsFoundUnderItsWrappers(String state, ApiRejection code) {
        Exception wrapped = new CompletionException(new CannotAcquireLockException("wrapped",
                new SQLException("from the driver", state)));

        assertThat(FAULTS.classify(wrapped)).contains((dev.duality.core.rejection.RejectionCode) code);
    }

    @Test
    void aConnectionThePoolClosedUnderATransactionIsUnavailable() {
        // what a statement meets after the link broke earlier in the same transaction (FaultInjectionIT)
        Exception rollback = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(FAULTS.classify(rollback)).contains(ApiRejection.DATABASE_UNAVAILABLE);
        assertThat(FAULTS.classify(new RuntimeException(new java.io.EOFException()))).contains(
                ApiRejection.DATABASE_UNAVAILABLE);
        assertThat(FAULTS.classify(new SQLException("Connection is closed for good", "42000"))).isEmpty();
    }

    @Test
    void aPoolThatTimedOutIsUnavailable() {
        Exception wrapped = new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("duality - Connection is not available"));

        assertThat(FAULTS.classify(wrapped)).contains(ApiRejection.DATABASE_UNAVAILABLE);
    }

    @Test
    void aStateFurtherDownCountsWhenTheOuterOneIsNoFault() {
        SQLException outer = new SQLException("batch failed", "23505", new SQLException("deadlock", "40P01"));

        assertThat(FAULTS.classify(outer)).contains(ApiRejection.DATABASE_BUSY);
    }

    @ParameterizedTest
    @CsvSource({"23505", "22001", "42P01"})
    void aBugOrAConstraintIsNoTransientFault(String state) {
        assertThat(FAULTS.classify(new IllegalStateException(new SQLException("no", state)))).isEmpty();
        assertThat(FAULTS.classify(new IllegalStateException("no SQL at all"))).isEmpty();
    }
}
