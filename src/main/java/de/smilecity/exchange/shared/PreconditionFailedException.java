package de.smilecity.exchange.shared;

/**
 * A conditional write ({@code If-Match}) whose condition no longer holds: the thing changed since the
 * caller read it. The API answers 412 with the message and nothing is changed.
 */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
