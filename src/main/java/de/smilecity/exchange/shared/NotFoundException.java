package de.smilecity.exchange.shared;

/**
 * Base of every "the thing you asked for does not exist" error. Its message names the thing and the
 * key that was looked up; the API turns it into a 404 problem, the UI into its not-found page.
 */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
