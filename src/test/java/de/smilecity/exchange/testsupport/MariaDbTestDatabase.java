package de.smilecity.exchange.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Creates a throw-away database (utf8mb4) on the MariaDB server for one Spring context and drops it
 * when the JVM ends, so that parallel builds and earlier runs never interfere.
 */
public final class MariaDbTestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private MariaDbTestDatabase() {}

    static String serverUrl() {
        String url = System.getenv("SMILE_TEST_MARIADB_URL");
        return url == null || url.isBlank() ? "jdbc:mariadb://127.0.0.1:3306/" : url.endsWith("/") ? url : url + "/";
    }

    static String user() {
        String user = System.getenv("SMILE_TEST_MARIADB_USER");
        return user == null ? "root" : user;
    }

    static String password() {
        String password = System.getenv("SMILE_TEST_MARIADB_PASSWORD");
        return password == null ? "" : password;
    }

    /** Why MariaDB cannot be used, or null when it can. */
    public static @Nullable String problem() {
        try (Connection c = DriverManager.getConnection(serverUrl() + "?connectTimeout=2000", user(), password())) {
            return c.isValid(2) ? null : "the MariaDB connection at " + serverUrl() + " is not valid";
        } catch (SQLException e) {
            return "no MariaDB answers at " + serverUrl() + " as '" + user() + "' (" + e.getMessage() + ")";
        }
    }

    /** Creates a new database and points the Spring datasource at it. */
    public static void register(DynamicPropertyRegistry registry) {
        String name = "smile_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        // Spring asks for the property more than once; the database is created on the first ask only.
        java.util.function.Supplier<String> url = new java.util.function.Supplier<>() {
            private @Nullable String created;

            @Override
            public synchronized String get() {
                if (created == null) created = create(name);
                return created;
            }
        };
        registry.add("spring.datasource.url", url::get);
        registry.add("spring.datasource.username", MariaDbTestDatabase::user);
        registry.add("spring.datasource.password", MariaDbTestDatabase::password);
    }

    /**
     * A connection to a new database of its own, dropped when the JVM ends: for a test that keeps its
     * application on H2 and needs MariaDB only beside it. Check {@link #problem()} first.
     */
    public static Connection openThrowAway(String prefix) throws SQLException {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        return DriverManager.getConnection(create(name), user(), password());
    }

    private static String create(String name) {
        execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name)));
        return serverUrl() + name;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused '" + sql + "': " + e.getMessage(), e);
        }
    }
}
