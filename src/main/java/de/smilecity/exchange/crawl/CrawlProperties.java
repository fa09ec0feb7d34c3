package de.smilecity.exchange.crawl;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the crawler ({@code smile.crawl.*}).
 *
 * @param contactUrl the page about our crawler, named in the User-Agent so that partners can reach us
 * @param connectTimeout how long to wait for a connection (default 5 s)
 * @param readTimeout how long to wait for the answer and again for its body (default 15 s)
 * @param maxBodySize bytes read per page at most; longer pages are cut and the cut is recorded (2 MiB)
 * @param maxRedirects redirects followed per URL (default 5)
 * @param concurrentRuns runs crawling at the same time; further runs wait in a queue (default 2)
 * @param queuedRuns runs that may wait; beyond, starting one is refused with a reason (default 20)
 * @param hostsInParallel hosts one run fetches from at the same time, one request per host (default 4)
 * @param scheduleTick how often scheduled sources are checked, a cron expression (every minute)
 */
@ConfigurationProperties("smile.crawl")
public record CrawlProperties(
        @DefaultValue("https://github.com/smile-city/smile-exchange#crawler")
        String contactUrl,

        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("2") int concurrentRuns,
        @DefaultValue("20") int queuedRuns,
        @DefaultValue("4") int hostsInParallel,
        @DefaultValue("0 * * * * *") String scheduleTick) {

    /** Our product token in robots.txt terms. */
    public static final String AGENT_NAME = "smile-exchange-crawler";

    public String userAgent() {
        return AGENT_NAME + "/1.0 (+" + contactUrl + ")";
    }
}
