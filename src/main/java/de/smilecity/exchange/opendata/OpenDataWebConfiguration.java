package de.smilecity.exchange.opendata;

import de.smilecity.exchange.shared.WindowCounters;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filters around the API for machines. Both run after Spring Security's chain, so that they
 * know whether the caller signed in: first the rate limit (a refused call costs nothing more),
 * then the ETags of the API's reads.
 */
@Configuration
class OpenDataWebConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(
            OpenDataProperties properties, JsonMapper json, Clock clock, ObjectProvider<WindowCounters> shared) {
        OpenDataProperties.RateLimit limit = properties.rateLimit();
        // The database counters exist where the throttles are told to count there (several nodes).
        WindowCounters counters = shared.getIfAvailable();
        ClientLimit clients = counters == null
                ? new TokenBuckets(limit.capacity(), limit.period(), clock)
                : new SharedWindowLimit(counters, limit.capacity(), limit.period(), clock);
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(clients, json));
        registration.addUrlPatterns("/api/*", "/feed.atom");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        registration.setEnabled(limit.enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConditionalReadsFilter> conditionalReadsFilter(ObjectProvider<PublishedEntries> entries) {
        // The web server builds its filters before JPA is up: the entries are looked up at the first call.
        FilterRegistrationBean<ConditionalReadsFilter> registration = new FilterRegistrationBean<>(
                new ConditionalReadsFilter(() -> entries.getObject().version()));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 20);
        return registration;
    }
}
