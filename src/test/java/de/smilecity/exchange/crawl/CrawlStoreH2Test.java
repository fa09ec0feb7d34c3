package de.smilecity.exchange.crawl;

/** The crawler's storage on the embedded default database. */
class CrawlStoreH2Test extends CrawlStoreContract {}
