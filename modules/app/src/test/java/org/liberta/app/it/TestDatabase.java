package org.liberta.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The database the server under test uses, from the same environment variables the server reads: the embedded
 * database in LIBERTA_DATA_DIR, or the MySQL-compatible server named by LIBERTA_DB_URL. Each deployment starts
 * from an empty one, so every run loads the demo data afresh.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static boolean isMySql() {
        String url = System.getenv("LIBERTA_DB_URL");
        return url != null && !url.isBlank();
    }

    static void reset() {
        if (isMySql()) {
            dropAllTables();
        } else {
            deleteDirectory(Path.of(System.getenv("LIBERTA_DATA_DIR")));
        }
    }

    static Connection connect() throws SQLException {
        String user = System.getenv("LIBERTA_DB_USER");
        String password = System.getenv("LIBERTA_DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("LIBERTA_DB_URL"), user == null ? "" : user,
                password == null ? "" : password);
    }

    private static void dropAllTables() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "select table_name from information_schema.tables where table_schema = database()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("set foreign_key_checks = 0");
            for (String table : tables) {
                s.execute("drop table `" + table + "`");
            }
            s.execute("set foreign_key_checks = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the MySQL test database", e);
        }
    }

    private static void deleteDirectory(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
