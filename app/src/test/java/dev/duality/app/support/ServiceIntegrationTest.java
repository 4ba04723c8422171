package dev.duality.app.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;

/**
 * What an HTTP integration test of the shared service starts from: an anonymous client of it and its journal.
 * Subclasses carry {@link DualityIntegrationTest}, so they share one application context.
 */
public abstract class ServiceIntegrationTest {
    @LocalServerPort
    protected int port;
    @Autowired
    protected DataSource dataSource;
    protected Api anonymous;
    protected Journal journal;

    @BeforeEach
    void connect() {
        anonymous = new Api(port);
        journal = new Journal(dataSource);
    }
}
