package de.smilecity.exchange.crawl;

import de.smilecity.exchange.shared.NotFoundException;

public class PartnerSourceNotFoundException extends NotFoundException {

    public PartnerSourceNotFoundException(long id) {
        super("Partner source " + id + " not found");
    }
}
