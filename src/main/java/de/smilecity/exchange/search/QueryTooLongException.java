package de.smilecity.exchange.search;

import de.smilecity.exchange.shared.BadRequestException;

/** A query with more words, synonyms and variants than one search can take. */
public class QueryTooLongException extends BadRequestException {

    public QueryTooLongException(String query, Throwable cause) {
        super("q", "The query '" + query + "' has too many words to search at once; please use fewer words");
        initCause(cause);
    }
}
