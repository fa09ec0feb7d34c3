package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The crawler's defaults, and the local network allowed only where the profile says so. */
class CrawlPropertiesTest {

    @Test
    @Tag("hostile")
    void allowsTheLocalNetworkOnlyInTheDemoProfile() throws IOException {
        CrawlProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("smile.crawl", CrawlProperties.class);
        assertThat(defaults.localNetworkAllowed()).isFalse();
        assertThat(profile("application.properties")).doesNotContainKey("smile.crawl.local-network-allowed");
        assertThat(profile("application-prod.properties")).containsEntry("smile.crawl.local-network-allowed", "false");
        assertThat(profile("application-demo.properties")).containsEntry("smile.crawl.local-network-allowed", "true");
    }

    @Test
    void boundsTheLinksOfAPageAndTheUrlsOfARun() {
        CrawlProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("smile.crawl", CrawlProperties.class);
        assertThat(defaults.maxLinksPerPage()).isEqualTo(500);
        assertThat(defaults.maxUrlsPerRun()).isEqualTo(20_000);
    }

    @Test
    void takesARunForLostOnlyAfterSeveralMissedHeartbeats() {
        CrawlProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("smile.crawl", CrawlProperties.class);
        assertThat(defaults.heartbeat()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.staleAfter()).isEqualTo(Duration.ofMinutes(3));

        assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(
                                Map.of("smile.crawl.heartbeat", "1m", "smile.crawl.stale-after", "2m")))
                        .bindOrCreate("smile.crawl", CrawlProperties.class))
                .rootCause()
                .hasMessageContaining("smile.crawl.stale-after must be at least 3 heartbeats")
                .hasMessageContaining("was PT2M");
    }

    private static Properties profile(String file) throws IOException {
        return PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
    }
}
