package de.smilecity.exchange.security;

import de.smilecity.exchange.shared.BadRequestException;

/**
 * Input for an account that cannot be accepted. Names the field, so that forms show the message
 * beside it and the API lists it under {@code errors}, and carries a stable code by which the views
 * say it in the page's language.
 */
public class AccountProblem extends BadRequestException {

    private final String code;

    public AccountProblem(String field, String code, String message) {
        super(field, message);
        this.code = code;
    }

    public String field() {
        return parameter();
    }

    /** E.g. {@code usernameTaken}; the views look up {@code account.problem.<code>}. */
    public String code() {
        return code;
    }
}
