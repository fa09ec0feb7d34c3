package de.smilecity.exchange.crawl.internal.parse;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;

/**
 * The robots.txt rules of one host for our crawler, read with crawler-commons (RFC 9309): which
 * paths it may fetch, and the Crawl-delay asked for.
 */
public final class RobotRules {

    private final BaseRobotRules rules;

    private RobotRules(BaseRobotRules rules) {
        this.rules = rules;
    }

    /**
     * @param agentName our product token, e.g. {@code smile-exchange-crawler}
     */
    public static RobotRules parse(URI robotsUrl, byte[] body, String contentType, String agentName) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        return new RobotRules(parser.parseContent(
                robotsUrl.toString(), body, contentType.isEmpty() ? "text/plain" : contentType, List.of(agentName)));
    }

    /**
     * Rules for a robots.txt that could not be read: 4xx means none exist (everything allowed),
     * 5xx and network errors mean the site is unsure (nothing allowed, RFC 9309 §2.3.1.4).
     */
    public static RobotRules unavailable(int status) {
        return new RobotRules(new SimpleRobotRulesParser().failedFetch(status));
    }

    public static RobotRules allowAll() {
        return new RobotRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL));
    }

    public boolean isAllowed(URI url) {
        return rules.isAllowed(url.toString());
    }

    /** The Crawl-delay in milliseconds, or 0 when none is given. */
    public long crawlDelayMillis() {
        long delay = rules.getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? 0 : delay;
    }

    public boolean allowsNothing() {
        return rules.isAllowNone();
    }

    public List<String> sitemaps() {
        return rules.getSitemaps();
    }
}
