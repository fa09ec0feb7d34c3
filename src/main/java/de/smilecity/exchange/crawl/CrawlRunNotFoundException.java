package de.smilecity.exchange.crawl;

import de.smilecity.exchange.shared.NotFoundException;

public class CrawlRunNotFoundException extends NotFoundException {

    public CrawlRunNotFoundException(long id) {
        super("Crawl run " + id + " not found");
    }
}
