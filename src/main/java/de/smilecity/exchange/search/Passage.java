package de.smilecity.exchange.search;

/**
 * A page of a partner report that answers a search, beside the published entry it belongs to.
 *
 * @param entryLanguage the entry's own language, for its title
 * @param language the report's language, for its title and the snippet
 * @param page the page's number, 1 for the first
 * @param snippet the page's text around the first match, HTML-escaped, the matching words in
 *     {@code <mark>}
 * @param link the PDF at that page ({@code …#page=N}, which PDF viewers open at the page)
 */
public record Passage(
        String entrySlug,
        String entryTitle,
        String entryLanguage,
        String reportTitle,
        String language,
        int page,
        String snippet,
        String link) {}
