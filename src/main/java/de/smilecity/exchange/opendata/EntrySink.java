package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.Practice;
import java.io.IOException;
import java.util.List;

/**
 * One export being written: entries arrive in batches, then {@link #finish()} closes the document.
 * A sink writes as it goes and keeps nothing of what it wrote.
 */
public interface EntrySink {

    void write(List<Practice> batch) throws IOException;

    /** Ends the document and flushes it; the response stream stays open for the container to close. */
    void finish() throws IOException;
}
