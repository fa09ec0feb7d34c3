package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.NotFoundException;

/** No published entry (or none the caller may see) under the given id or slug. */
public class PracticeNotFoundException extends NotFoundException {

    public PracticeNotFoundException(String idOrSlug) {
        super("Practice '" + idOrSlug + "' not found");
    }
}
