package de.smilecity.exchange.ui;

/**
 * A count that a feature shows beside its entry in the navigation, such as unread messages. Spring
 * beans; the shell asks them on every navigation, so that it knows no feature.
 */
public interface MenuBadge {

    /** The route the badge belongs to, as in its {@code @Route} (without a leading slash). */
    String route();

    /** How many things wait there for the signed-in user; nothing is shown for zero. */
    long count();

    /** The translation key of the count as a screen reader reads it, with the count as {0}. */
    String labelKey();
}
