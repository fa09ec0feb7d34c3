package de.smilecity.exchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The same answers with the limit counted in the database, as several app nodes run: the whole app
 * starts with {@code smile.throttle.store=database}, and its anonymous calls are refused after the
 * same three. A window of 20 minutes keeps the wait within the 1200 s that the inherited test allows
 * (with one of an hour it would be up to 3600 s, depending on the hour's minute).
 */
@TestPropertySource(properties = {"smile.throttle.store=database", "smile.opendata.rate-limit.period=20m"})
class SharedRateLimitTest extends RateLimitTest {

    @Autowired
    JdbcTemplate sql;

    @Test
    void countsAnonymousCallsInTheSharedTable() throws Exception {
        new Http(port).get("/api/v1/practices?size=1", "Accept", "application/json");
        assertThat(sql.queryForObject(
                        "select count(*) from throttle_window where scope = ?", Integer.class, SharedWindowLimit.SCOPE))
                .isPositive();
    }
}
