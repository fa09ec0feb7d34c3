package de.smilecity.exchange.adapt;

import de.smilecity.exchange.shared.NotFoundException;

/** No plan with the id, or none the caller's organisation owns (which is the same to the caller). */
public class PlanNotFoundException extends NotFoundException {

    public PlanNotFoundException(long id) {
        super("No project plan " + id + " of your organisation");
    }
}
