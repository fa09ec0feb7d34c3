package de.smilecity.exchange.contribute;

import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.shared.ConflictException;

/**
 * What the workflow lets a person who acts for an entry's organisation do with its content, in the
 * entry's state. Decided here once: the form opens what this allows, the save refuses what it
 * does not, and the views ask it whether to offer "edit".
 */
enum ContentEditing {
    /** The entry itself is changed. */
    IN_PLACE,
    /** A published entry: changes go into a new version, which is approved on its own. */
    NEW_VERSION,
    /** In review, for someone who is no editor: it waits for the editor's decision. */
    WAITS_FOR_REVIEW,
    /** Archived: its content no longer changes. */
    CLOSED;

    static ContentEditing of(PracticeState state, boolean editor) {
        return switch (state) {
            case DRAFT, CHANGES_REQUESTED, REJECTED -> IN_PLACE;
            case PUBLISHED -> NEW_VERSION;
            case IN_REVIEW -> editor ? IN_PLACE : WAITS_FOR_REVIEW;
            case ARCHIVED -> CLOSED;
        };
    }

    /** Whether the content can be changed at all, in place or in a new version. */
    boolean possible() {
        return this == IN_PLACE || this == NEW_VERSION;
    }

    /** The refusal of a change made to the entry itself, which this does not allow. */
    ConflictException refusal(String slug) {
        return new ConflictException("Practice '" + slug + "' "
                + switch (this) {
                    case NEW_VERSION -> "is published; changes go into a new version, which is approved on its own";
                    case WAITS_FOR_REVIEW -> "is in review; it can be changed again once an editor has decided on it";
                    case CLOSED -> "is archived and cannot be edited";
                    case IN_PLACE -> throw new IllegalStateException("An entry that is edited in place is not refused");
                });
    }
}
