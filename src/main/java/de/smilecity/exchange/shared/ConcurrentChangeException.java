package de.smilecity.exchange.shared;

/**
 * A write that lost a race: someone else changed the same thing between the caller's read and this
 * write, so the write was not done ("'kiel-hafen' was changed by someone else while you edited it;
 * load it again and apply your change to what is there now"). The API answers 409 with the message;
 * the form keeps what was typed.
 */
public class ConcurrentChangeException extends ConflictException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
