package de.smilecity.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The one difference between H2 and MariaDB that the shared Flyway scripts cannot spell alike: the
 * type of long texts ({@code ${long_text}}). H2 in MariaDB mode reads TEXT as VARCHAR, so it gets
 * CLOB there; MariaDB gets TEXT. Both then match Hibernate's {@code @Lob} mapping. Public for the
 * tests that migrate a database without the application context.
 */
@Component
public class SchemaPlaceholders implements FlywayConfigurationCustomizer {

    static final String LONG_TEXT = "long_text";

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        DataSource dataSource = configuration.getDataSource();
        configuration.placeholders(Map.of(LONG_TEXT, isH2(dataSource) ? "clob" : "text"));
    }

    private static boolean isH2(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the schema is for", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
