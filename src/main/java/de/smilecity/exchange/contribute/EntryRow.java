package de.smilecity.exchange.contribute;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.PracticeState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entry in a work list ("my entries", the review queue), with what its people need to know.
 *
 * @param versionOf slug of the published entry that this working copy will replace, or null
 */
public record EntryRow(
        long id,
        String slug,
        String title,
        PracticeKind kind,
        PracticeState state,
        String organisationSlug,
        String organisationName,
        @Nullable Instant submittedAt,
        Instant updatedAt,
        @Nullable String versionOf) {

    static EntryRow of(Practice p) {
        if (p.getId() == null) throw new IllegalArgumentException(p + " is not saved");
        Practice original = p.getDraftOf();
        return new EntryRow(
                p.getId(),
                p.getSlug(),
                p.getTitle(),
                p.getKind(),
                p.getState(),
                p.owner().getSlug(),
                p.owner().getName(),
                p.getSubmittedAt(),
                p.getUpdatedAt(),
                original == null ? null : original.getSlug());
    }
}
