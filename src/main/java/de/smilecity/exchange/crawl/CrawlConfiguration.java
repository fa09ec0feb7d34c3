package de.smilecity.exchange.crawl;

import de.smilecity.exchange.crawl.internal.fetch.FetchSettings;
import de.smilecity.exchange.crawl.internal.fetch.HostGate;
import de.smilecity.exchange.crawl.internal.fetch.HostResolver;
import de.smilecity.exchange.crawl.internal.fetch.PageFetcher;
import de.smilecity.exchange.shared.NodeId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The crawler's infrastructure: one fetcher and one per-host gate for the whole app, and ShedLock on
 * the database so that of several nodes only one starts scheduled crawls or checks for lost runs.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class CrawlConfiguration {

    @Bean(destroyMethod = "close")
    PageFetcher pageFetcher(CrawlProperties properties) {
        return new PageFetcher(
                new FetchSettings(
                        properties.userAgent(),
                        properties.connectTimeout(),
                        properties.readTimeout(),
                        (int) Math.min(
                                Integer.MAX_VALUE - 1, properties.maxBodySize().toBytes()),
                        (int) Math.min(
                                Integer.MAX_VALUE - 1,
                                properties.maxReportSize().toBytes()),
                        properties.maxRedirects(),
                        properties.localNetworkAllowed()),
                HostResolver.SYSTEM);
    }

    @Bean
    HostGate hostGate() {
        return new HostGate();
    }

    /** The lock row names the node that holds it by the same id as the node's crawl runs. */
    @Bean
    LockProvider crawlLockProvider(DataSource dataSource, NodeId node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .forceUtcTimeZone()
                .withLockedByValue(node.value())
                .build());
    }
}
