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
 * @param maxReportSize bytes a report (a PDF) may have (25 MB): reports are longer than pages, and
 *     a larger one is refused with a recorded reason, read no further than this and kept nowhere
 * @param maxRedirects redirects followed per URL (default 5)
 * @param concurrentRuns runs crawling at the same time; further runs wait in a queue (default 2)
 * @param queuedRuns runs that may wait; beyond, starting one is refused with a reason (default 20)
 * @param hostsInParallel hosts one run fetches from at the same time, one request per host (default 4)
 * @param scheduleTick how often scheduled sources are checked, a cron expression (every minute)
 * @param localNetworkAllowed whether the crawler may reach loopback, private, link-local and other
 *     non-public addresses (default false, and false in {@code prod}): a setting of the installation,
 *     on only where the crawled sites run on the same machine or network (the demo profile crawls the
 *     demo partner site served by the app itself; tests crawl local fixture servers). No editor can
 *     turn it on for a source.
 * @param maxLinksPerPage links taken from one page at most, in page order; the rest are counted on
 *     the page's outcome and in the run's note, not recorded one by one (default 500)
 * @param maxUrlsPerRun distinct URLs one run considers at most (start URLs, sitemap entries, links),
 *     each with one recorded outcome; further URLs are only counted (default 20 000)
 * @param heartbeat how often a node writes, in one statement, that it still holds its queued and
 *     running runs; also how often one node checks all runs for a stale heartbeat (default 30 s)
 * @param staleAfter how old a run's heartbeat may be before the run counts as lost with its node and
 *     is marked interrupted (default 3 min); at least three heartbeats, so that a node that is only
 *     slow (a long garbage collection, a database fail-over) keeps its runs. The nodes' clocks must
 *     agree to well within this.
 * @param continueLostRuns whether the node that finds a run lost starts a new run of its source at
 *     once (default true); a run that itself continued a lost one is not continued again
 */
@ConfigurationProperties("smile.crawl")
public record CrawlProperties(
        @DefaultValue("https://github.com/smile-city/smile-exchange#crawler")
        String contactUrl,

        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("25MB") DataSize maxReportSize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("2") int concurrentRuns,
        @DefaultValue("20") int queuedRuns,
        @DefaultValue("4") int hostsInParallel,
        @DefaultValue("0 * * * * *") String scheduleTick,
        @DefaultValue("false") boolean localNetworkAllowed,
        @DefaultValue("" + DEFAULT_MAX_LINKS_PER_PAGE) int maxLinksPerPage,
        @DefaultValue("" + DEFAULT_MAX_URLS_PER_RUN) int maxUrlsPerRun,
        @DefaultValue(DEFAULT_HEARTBEAT) Duration heartbeat,
        @DefaultValue("3m") Duration staleAfter,
        @DefaultValue("true") boolean continueLostRuns) {

    /** Also the default of the scheduled heartbeat and staleness check, which read the setting themselves. */
    static final String DEFAULT_HEARTBEAT = "30s";

    /** Heartbeats a run may miss before it counts as lost; fewer would take a slow node's runs away. */
    static final int MISSED_HEARTBEATS = 3;

    public CrawlProperties {
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("smile.crawl.heartbeat must be positive, was " + heartbeat);
        }
        if (staleAfter.compareTo(heartbeat.multipliedBy(MISSED_HEARTBEATS)) < 0) {
            throw new IllegalArgumentException("smile.crawl.stale-after must be at least " + MISSED_HEARTBEATS
                    + " heartbeats (" + heartbeat.multipliedBy(MISSED_HEARTBEATS) + " with smile.crawl.heartbeat="
                    + heartbeat + "), was " + staleAfter);
        }
    }

    /** Far more than a listing page of a partner has (a few hundred), far fewer than a link farm. */
    public static final int DEFAULT_MAX_LINKS_PER_PAGE = 500;

    /** Twice the largest page limit a source may have: room for the links a full crawl meets. */
    public static final int DEFAULT_MAX_URLS_PER_RUN = 2 * PartnerSource.MAX_PAGES_LIMIT;

    /** Our product token in robots.txt terms. */
    public static final String AGENT_NAME = "smile-exchange-crawler";

    public String userAgent() {
        return AGENT_NAME + "/1.0 (+" + contactUrl + ")";
    }
}
