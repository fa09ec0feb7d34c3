package de.smilecity.exchange.crawl.internal.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/** What a fetch brought back: a page (status 2xx) or a failure with a reason a person can act on. */
public sealed interface FetchResult {

    /**
     * @param url the URL finally answered, after redirects
     * @param charset the charset the server declared, or null to let the parser detect it
     * @param truncated whether the body was longer than the cap and has been cut
     * @param robotsTag the {@code X-Robots-Tag} header's values, joined by commas; empty without one
     */
    record Page(
            URI url,
            int status,
            String contentType,
            byte[] body,
            @Nullable Charset charset,
            boolean truncated,
            String robotsTag)
            implements FetchResult {

        public Page(
                URI url, int status, String contentType, byte[] body, @Nullable Charset charset, boolean truncated) {
            this(url, status, contentType, body, charset, truncated, "");
        }

        public boolean isHtml() {
            String type = contentType.toLowerCase(java.util.Locale.ROOT);
            return type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
        }

        /** Whether the server says the answer is a PDF: a report, read with its own size cap. */
        public boolean isPdf() {
            return FetchResult.isPdf(contentType);
        }
    }

    /**
     * @param status the HTTP status when the server answered with an error, else null
     * @param refused whether the crawler itself refused the request (address, scheme, redirect rule)
     */
    record Failure(String reason, @Nullable Integer status, boolean refused) implements FetchResult {}

    /** Whether a Content-Type header names a PDF (also the older {@code application/x-pdf}). */
    static boolean isPdf(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT).strip();
        return type.startsWith("application/pdf") || type.startsWith("application/x-pdf");
    }
}
