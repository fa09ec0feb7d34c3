package de.smilecity.exchange.shared;

/** A request that cannot be served as asked, e.g. an unknown sort order; the message says what would work. */
public class BadRequestException extends RuntimeException {

    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter or body field at fault. */
    public String parameter() {
        return parameter;
    }
}
