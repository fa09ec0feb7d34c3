package de.smilecity.exchange.shared;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Checks where the throttles are told to count, and makes the database counters where that is the
 * database. A misspelt value stops the start with a message, rather than leave the throttles out.
 */
@Configuration(proxyBeanMethods = false)
class WindowCountersConfiguration {

    WindowCountersConfiguration(@Value("${" + WindowCounters.STORE + ":" + WindowCounters.MEMORY + "}") String store) {
        List<String> known = List.of(WindowCounters.MEMORY, WindowCounters.DATABASE);
        if (!known.contains(store)) {
            throw new IllegalStateException(WindowCounters.STORE
                    + " (environment: SMILE_THROTTLE_STORE) must be one of " + known + ", was '" + store + "'");
        }
    }

    @Bean
    @ConditionalOnProperty(name = WindowCounters.STORE, havingValue = WindowCounters.DATABASE)
    WindowCounters windowCounters(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        return new WindowCounters(new JdbcTemplate(dataSource), transactions, clock);
    }
}
