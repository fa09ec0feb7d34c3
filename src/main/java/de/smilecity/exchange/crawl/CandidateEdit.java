package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Phase;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An editor's corrections to a candidate before accepting it; null leaves a field as extracted.
 *
 * @param innovationFields concept codes of the innovation-field scheme
 */
public record CandidateEdit(
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
        @Nullable String contact) {

    public static final CandidateEdit NONE =
            new CandidateEdit(null, null, null, null, null, null, null, null, null, null, null, null);

    boolean isEmpty() {
        return equals(NONE);
    }
}
