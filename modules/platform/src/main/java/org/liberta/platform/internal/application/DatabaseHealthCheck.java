package org.liberta.platform.internal.application;

import java.sql.Connection;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health} turns red while the database is unreachable (SECURITY.md item 24). The check borrows a
 * connection from the pool with a short validity probe, so it answers quickly even when the database hangs.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int PROBE_SECONDS = 2;

    @Override
    public HealthCheckResponse call() {
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
