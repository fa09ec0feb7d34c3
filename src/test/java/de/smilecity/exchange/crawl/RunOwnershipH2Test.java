package de.smilecity.exchange.crawl;

/** Crawl runs' owners and heartbeats on the embedded default database. */
class RunOwnershipH2Test extends RunOwnershipContract {}
