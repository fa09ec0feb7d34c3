package de.smilecity.exchange.opendata;

import java.time.Duration;

/** How many anonymous calls one client address may make; per node or shared by every node. */
interface ClientLimit {

    /** What one call got: allowed or not, the calls left, and how long to wait when not. */
    record Decision(boolean allowed, long remaining, Duration retryAfter) {}

    /** The calls an address may make before it is refused. */
    int capacity();

    /** Counts one call of {@code client} and says whether it may go through. */
    Decision take(String client);

    /** The limit in words, for the refusal's detail: "300 calls per address in a burst". */
    String describe();
}
