package de.smilecity.exchange.crawl;

import de.smilecity.exchange.shared.NotFoundException;

public class ImportCandidateNotFoundException extends NotFoundException {

    public ImportCandidateNotFoundException(long id) {
        super("Import candidate " + id + " not found");
    }
}
