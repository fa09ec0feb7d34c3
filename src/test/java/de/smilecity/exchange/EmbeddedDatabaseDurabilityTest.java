package de.smilecity.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit the embedded H2 database has confirmed is on disk even when the process dies right
 * after it: a child JVM opens the database with the product's own URL, commits a row and halts
 * without closing anything, and the row is there when the database is opened again.
 */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void aConfirmedCommitSurvivesAKilledProcess() throws Exception {
        String url = productUrl().replace("${smile.data-dir}", dataDir.toString());

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommitThenDie.class.getName(),
                        url)
                .inheritIO()
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as("the child halts itself with 7 after the commit")
                .isEqualTo(7);

        try (Connection again = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = again.createStatement().executeQuery("select count(*) from confirmed")) {
            rows.next();
            assertThat(rows.getInt(1)).as("rows committed before the kill").isEqualTo(1);
        }
    }

    private static String productUrl() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabaseDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }

    /** Runs in the child JVM: the table is made and settled first, then one row is committed and the JVM halts. */
    static final class CommitThenDie {
        public static void main(String[] args) throws Exception {
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            connection.createStatement().execute("create table confirmed(id int)");
            // Longer than H2's default write delay, so that only the row's commit is at stake.
            Thread.sleep(1_500);
            connection.createStatement().execute("insert into confirmed values (1)");
            Runtime.getRuntime().halt(7);
        }
    }
}
