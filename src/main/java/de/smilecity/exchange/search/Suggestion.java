package de.smilecity.exchange.search;

/**
 * One autocomplete proposal.
 *
 * @param text what to show and, for keywords, what to search for
 * @param type what it is
 * @param slug the entry's or organisation's slug, for titles and organisations
 */
public record Suggestion(String text, Type type, String slug) {

    public enum Type {
        TITLE,
        KEYWORD,
        ORGANISATION
    }
}
