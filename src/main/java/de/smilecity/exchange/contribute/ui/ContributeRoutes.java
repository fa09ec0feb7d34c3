package de.smilecity.exchange.contribute.ui;

/** The paths of the contribution pages, relative to the application root. */
final class ContributeRoutes {

    static final String MY_ENTRIES = "my-entries";
    static final String REVIEW = "review";
    static final String INBOX = "inbox";
    static final String ENTRY = "entries";

    private ContributeRoutes() {}

    /** An entry's workspace: state, changes, steps, comments and the actions of the workflow. */
    static String entry(long id) {
        return ENTRY + "/" + id;
    }
}
