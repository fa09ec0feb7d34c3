package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.NotFoundException;
import de.smilecity.exchange.shared.Quoted;

/** No published entry (or none the caller may see) under the given id or slug. */
public class PracticeNotFoundException extends NotFoundException {

    public PracticeNotFoundException(String idOrSlug) {
        super("Practice " + Quoted.of(idOrSlug) + " not found");
    }
}
