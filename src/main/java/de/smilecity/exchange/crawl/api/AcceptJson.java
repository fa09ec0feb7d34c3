package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.crawl.CandidateEdit;
import de.smilecity.exchange.crawl.DuplicateChoice;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.Quoted;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The optional body of {@code POST /api/v1/admin/candidates/{id}/accept}: corrections to make
 * first (edit-then-accept) and, for an update, the fields to take although they were edited in the
 * app ({@code take}); for a candidate whose text resembles an entry, what it is: {@code update}
 * (a new version of that entry), {@code merge} (into that entry) or {@code keepBoth}. Without a
 * body the candidate is accepted as it is.
 */
record AcceptJson(
        @Nullable String title,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String organisation,
        @Nullable String state,
        @Nullable Integer population,
        @Nullable BigDecimal areaKm2,
        @Nullable Phase phase,
        @Nullable String discontinuedReason,
        @Nullable List<String> innovationFields,
        @Nullable List<String> keywords,
        @Nullable String contact,
        @Nullable Set<String> take,
        @Nullable String duplicate) {

    CandidateEdit edit() {
        return new CandidateEdit(
                title,
                summary,
                description,
                organisation,
                state,
                population,
                areaKm2,
                phase,
                discontinuedReason,
                innovationFields,
                keywords,
                contact);
    }

    /**
     * @throws BadRequestException naming the field for a value that is no choice
     */
    @Nullable
    DuplicateChoice duplicateChoice() {
        if (duplicate == null) return null;
        return DuplicateChoice.byApiName(duplicate)
                .orElseThrow(() -> new BadRequestException(
                        "duplicate", "duplicate must be update, merge or keepBoth, not " + Quoted.of(duplicate)));
    }
}
