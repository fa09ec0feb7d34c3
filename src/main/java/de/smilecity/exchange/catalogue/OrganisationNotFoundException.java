package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.NotFoundException;

public class OrganisationNotFoundException extends NotFoundException {

    public OrganisationNotFoundException(String slug) {
        super("Organisation '" + slug + "' not found");
    }
}
