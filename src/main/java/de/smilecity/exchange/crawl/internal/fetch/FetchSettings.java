package de.smilecity.exchange.crawl.internal.fetch;

import java.time.Duration;

/**
 * How the fetcher behaves on every request.
 *
 * @param userAgent the User-Agent header, naming the product and a contact URL
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the response headers, and again for the whole body
 * @param maxBodyBytes bytes read at most; a longer body is cut and the result says so
 * @param maxReportBytes bytes a report (an answer of type PDF) may have; a larger one is not read
 *     beyond this and not kept at all, because a cut PDF cannot be opened
 * @param maxRedirects redirects followed at most, each target checked like the first URL
 * @param localNetworkAllowed whether loopback, private and other non-public addresses may be
 *     reached: a deployment setting for test and demo installations, never a partner source's
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxBodyBytes,
        int maxReportBytes,
        int maxRedirects,
        boolean localNetworkAllowed) {}
