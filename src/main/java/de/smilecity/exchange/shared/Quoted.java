package de.smilecity.exchange.shared;

/**
 * How a message quotes what a caller sent: in quotes and cut short, so that the refusal of a
 * 10 000-character value is not 10 000 characters long itself.
 */
public final class Quoted {

    /** Characters of a value that a message quotes at most. */
    public static final int MAX_LENGTH = 40;

    private Quoted() {}

    /** e.g. {@code 'imaginary'}, or the first {@link #MAX_LENGTH} characters and "…". */
    public static String of(String value) {
        return "'" + (value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…") + "'";
    }
}
