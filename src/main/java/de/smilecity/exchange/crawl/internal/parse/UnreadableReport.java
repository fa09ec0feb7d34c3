package de.smilecity.exchange.crawl.internal.parse;

/** A PDF that cannot be read: its message is the reason recorded for the report's URL. */
public final class UnreadableReport extends Exception {

    public UnreadableReport(String reason) {
        super(reason, null, false, false);
    }
}
