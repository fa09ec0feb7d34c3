package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.NotFoundException;
import de.smilecity.exchange.shared.Quoted;

public class OrganisationNotFoundException extends NotFoundException {

    public OrganisationNotFoundException(String slug) {
        super("Organisation " + Quoted.of(slug) + " not found");
    }
}
