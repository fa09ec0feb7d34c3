package de.smilecity.exchange.testsupport;

import de.smilecity.exchange.SchemaPlaceholders;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database with the app's Flyway migrations, without a Spring context: for tests of several
 * app nodes' worth of a component on one database, each "node" with connections of its own.
 *
 * @param url the JDBC address
 */
public record MigratedDatabase(String url, String user, String password) {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** An in-memory H2 database in the app's MariaDB mode, kept until the JVM ends. */
    public static MigratedDatabase h2() {
        String url = "jdbc:h2:mem:migrated" + COUNTER.incrementAndGet()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new MigratedDatabase(url, "sa", "").migrated();
    }

    /** A throw-away database on the MariaDB server, dropped when the JVM ends. Check {@link MariaDb} first. */
    public static MigratedDatabase mariaDb() {
        try (Connection connection = MariaDbTestDatabase.openThrowAway("smile_migrated")) {
            String url = connection.getMetaData().getURL();
            return new MigratedDatabase(url, MariaDbTestDatabase.user(), MariaDbTestDatabase.password()).migrated();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a MariaDB test database: " + e.getMessage(), e);
        }
    }

    /** Connections of their own, as an app node has: nothing is shared but the database. */
    public DataSource newNode() {
        return new DriverManagerDataSource(url, user, password);
    }

    private MigratedDatabase migrated() {
        FluentConfiguration configuration =
                Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        new SchemaPlaceholders().customize(configuration);
        configuration.load().migrate();
        return this;
    }
}
