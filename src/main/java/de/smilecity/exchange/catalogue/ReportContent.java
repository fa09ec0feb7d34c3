package de.smilecity.exchange.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A report as read from its file, to be stored by {@link Reports#store}.
 *
 * @param sourceUrl the normalised URL of the PDF: the report's identity
 * @param language the language of the page that linked it ({@code de} or {@code en})
 * @param pages each page's text, first page first
 * @param textLayer whether most pages carry text
 * @param contentHash SHA-256 of the file, hex
 */
public record ReportContent(
        String sourceUrl,
        String title,
        String language,
        List<String> pages,
        boolean textLayer,
        String contentHash,
        Instant fetchedAt) {}
