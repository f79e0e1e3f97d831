package org.liberta.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The datasource class behind the pool. It reads {@code LIBERTA_DB_URL}, {@code LIBERTA_DB_USER} and
 * {@code LIBERTA_DB_PASSWORD} (or the {@code liberta.db.*} system properties); without a URL it opens the
 * embedded H2 database in {@code LIBERTA_DATA_DIR} (default {@code ./data}). One class for both keeps the
 * choice of database a matter of configuration, not of rebuilding.
 */
public class DatabaseConnector implements DataSource {

    private int loginTimeout;

    static String setting(String name) {
        String env = System.getenv("LIBERTA_" + name.toUpperCase().replace('.', '_'));
        String value = env != null ? env : System.getProperty("liberta." + name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String url() {
        String url = setting("db.url");
        if (url != null) {
            return url;
        }
        String dataDir = setting("data.dir");
        Path file = Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().resolve("liberta");
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static String driverClass(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return "com.mysql.cj.jdbc.Driver";
        }
        throw new IllegalStateException("LIBERTA_DB_URL must be a jdbc:mysql: or jdbc:h2: URL");
    }

    @Override
    public Connection getConnection() throws SQLException {
        String user = setting("db.user");
        String password = setting("db.password");
        return getConnection(user == null ? "liberta" : user, password == null ? "" : password);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        String url = url().replace("jdbc:mariadb:", "jdbc:mysql:");
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (url.startsWith("jdbc:mysql:")) {
            // EclipseLink batches inserts; without this the driver still sends them one statement per round trip.
            properties.setProperty("rewriteBatchedStatements", "true");
            // A database that stops answering must not hold requests for as long as TCP waits: a new connection
            // gives up after 2 s, a statement after 15 s (the slowest report statement takes about 1 s). Requests
            // that arrive meanwhile are turned away at once by the database watch (503), not queued.
            properties.setProperty("connectTimeout", "2000");
            properties.setProperty("socketTimeout", "15000");
        }
        try {
            Driver driver = (Driver) Class.forName(driverClass(url), true, DatabaseConnector.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new SQLException("The driver did not accept the database URL");
            }
            return connection;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("No JDBC driver for the configured database", e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Drivers' own logging stays off: it can print statement values.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
