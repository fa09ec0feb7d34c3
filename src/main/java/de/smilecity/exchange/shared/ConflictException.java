package de.smilecity.exchange.shared;

/**
 * A step that the current state of the thing does not allow ("'kiel-hafen' is in review; only an
 * editor's decision can change it now"). The API answers 409 with the message.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
