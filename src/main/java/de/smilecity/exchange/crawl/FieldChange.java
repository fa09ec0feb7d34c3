package de.smilecity.exchange.crawl;

import org.jspecify.annotations.Nullable;

/**
 * One field of a candidate that differs from the entry it would update.
 *
 * @param field the field name ({@code title}, {@code summary}, …)
 * @param current the entry's value now
 * @param imported the value the last accepted import brought, or null when there was none
 * @param proposed the candidate's value
 * @param editedInApp whether someone changed the field in the app since the last import; such a
 *     field is kept unless an editor takes the partner's value explicitly
 */
public record FieldChange(
        String field, String current, @Nullable String imported, String proposed, boolean editedInApp) {

    /** Whether accepting takes this change by default: yes, unless it would overwrite an edit. */
    public boolean takenByDefault() {
        return !editedInApp;
    }
}
