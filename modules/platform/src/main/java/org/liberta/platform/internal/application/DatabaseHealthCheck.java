package org.liberta.platform.internal.application;

import java.sql.Connection;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health} turns red while the database is unreachable (docs/security.md item 24): once start-up is done it reads
 * the {@link DatabaseWatch}'s verdict (DOWN within about 3 s of the database stopping to answer); before that it
 * borrows a connection from the pool with a short validity probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int PROBE_SECONDS = 2;

    @Inject
    private DatabaseWatch watch;

    @Override
    public HealthCheckResponse call() {
        // The watch's verdict is at most a second old and never waits on a hanging database.
        if (watch.watching()) {
            return HealthCheckResponse.named("liberta-database").status(watch.databaseAvailable()).build();
        }
        try {
            DataSource dataSource = InitialContext.doLookup(Bootstrap.DATA_SOURCE);
            try (Connection connection = dataSource.getConnection()) {
                return HealthCheckResponse.named("liberta-database").status(connection.isValid(PROBE_SECONDS)).build();
            }
        } catch (Exception e) {
            return HealthCheckResponse.named("liberta-database").down().build();
        }
    }
}
