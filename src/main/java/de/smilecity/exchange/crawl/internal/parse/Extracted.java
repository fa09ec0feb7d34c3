package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Phase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields read from one page, already cleaned: plain texts, and the description as Markdown made
 * from sanitised HTML.
 *
 * @param innovationFields codes of the innovation-field concepts the page's labels named
 * @param unknownLabels innovation-field labels that named no concept, for editors to map
 * @param phaseLabel the phase as the page wrote it
 */
public record Extracted(
        String title,
        String summary,
        String description,
        @Nullable String organisation,
        @Nullable String state,
        @Nullable Integer population,
        @Nullable BigDecimal areaKm2,
        @Nullable Phase phase,
        @Nullable String phaseLabel,
        List<String> innovationFields,
        List<String> unknownLabels,
        List<String> keywords,
        @Nullable String contact,
        String language) {

    /** SHA-256 (hex) of every field: equal on the next run exactly when the page says the same. */
    public String contentHash() {
        String canonical = String.join(
                "\u001f",
                title,
                summary,
                description,
                String.valueOf(organisation),
                String.valueOf(state),
                String.valueOf(population),
                areaKm2 == null ? "null" : areaKm2.stripTrailingZeros().toPlainString(),
                String.valueOf(phase),
                String.valueOf(phaseLabel),
                String.join("\u001e", innovationFields),
                String.join("\u001e", unknownLabels),
                String.join("\u001e", keywords),
                String.valueOf(contact),
                language);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
