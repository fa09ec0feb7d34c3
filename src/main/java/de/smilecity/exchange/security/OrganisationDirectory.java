package de.smilecity.exchange.security;

import java.util.List;
import java.util.Optional;

/**
 * The organisations accounts can belong to. The catalogue owns organisations and implements this,
 * so that accounts know them without depending on the catalogue.
 */
public interface OrganisationDirectory {

    /** An organisation as accounts see it. */
    record OrganisationRef(long id, String slug, String name) {}

    /** Every organisation, by name. */
    List<OrganisationRef> all();

    Optional<OrganisationRef> byId(long id);
}
