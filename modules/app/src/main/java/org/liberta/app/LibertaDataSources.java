package org.liberta.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Liberta's own datasources (never the server's default, whose H2 listens on a TCP port on every interface).
 * Which database sits behind them is decided by {@link DatabaseConnector} from the environment. The pool checks
 * each connection before handing it out, so Liberta recovers by itself after the database restarts.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(name = "java:global/jdbc/liberta", className = "org.liberta.app.DatabaseConnector",
            minPoolSize = 2, maxPoolSize = 32, maxIdleTime = 300, loginTimeout = 5,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000"}),
    // Id allocation runs outside the business transaction, so a long import does not hold the id row locked.
    @DataSourceDefinition(name = "java:global/jdbc/liberta-ids", className = "org.liberta.app.DatabaseConnector",
            transactional = false, minPoolSize = 1, maxPoolSize = 4, loginTimeout = 5,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
})
@ApplicationScoped
public class LibertaDataSources {
}
