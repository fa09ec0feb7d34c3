package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.shared.HtmlSanitizer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields read from one page, already cleaned: plain texts, and the description as Markdown made
 * from sanitised HTML.
 *
 * <p>Every plain text is cleaned here, in the constructor, by {@link HtmlSanitizer#plainText}: whatever
 * path a value took through the page, nothing that looks like a tag or an event handler is stored,
 * exported or shown from it. The description is Markdown and has passed the sanitiser before.
 *
 * @param innovationFields codes of the innovation-field concepts the page's labels named
 * @param unknownLabels innovation-field labels that named no concept, for editors to map
 * @param phaseLabel the phase as the page wrote it
 * @param costs what the project costs, as the page states it
 * @param period the years the project runs
 * @param funding the funding programme or funder, as the page names it
 * @param origins where each field's value came from, keyed by the profile's field names ({@code
 *     title}, {@code summary}, …, {@code area} for the area, {@code contact}) and {@code costs},
 *     {@code period}, {@code funding}, {@code language}; a field without a value has no entry
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
        @Nullable Money costs,
        @Nullable Period period,
        @Nullable String funding,
        String language,
        Map<String, FieldOrigin> origins) {

    public Extracted {
        title = HtmlSanitizer.plainText(title);
        summary = HtmlSanitizer.plainText(summary);
        organisation = plain(organisation);
        state = plain(state);
        phaseLabel = plain(phaseLabel);
        innovationFields = List.copyOf(innovationFields);
        unknownLabels = plain(unknownLabels);
        keywords = plain(keywords);
        contact = plain(contact);
        funding = plain(funding);
        Map<String, Boolean> emptied = Map.of(
                "title",
                title.isEmpty(),
                "summary",
                summary.isEmpty(),
                "organisation",
                organisation == null,
                "state",
                state == null,
                "phase",
                phase == null && phaseLabel == null,
                "keywords",
                keywords.isEmpty(),
                "contact",
                contact == null,
                "funding",
                funding == null);
        Map<String, FieldOrigin> stated = new LinkedHashMap<>();
        origins.forEach((field, origin) -> {
            if (!emptied.getOrDefault(field, false)) stated.put(field, origin);
        });
        origins = Collections.unmodifiableMap(stated);
    }

    private static @Nullable String plain(@Nullable String text) {
        if (text == null) return null;
        String clean = HtmlSanitizer.plainText(text);
        return clean.isEmpty() ? null : clean;
    }

    private static List<String> plain(List<String> texts) {
        return texts.stream()
                .map(HtmlSanitizer::plainText)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

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
                decimal(areaKm2),
                String.valueOf(phase),
                String.valueOf(phaseLabel),
                String.join("\u001e", innovationFields),
                String.join("\u001e", unknownLabels),
                String.join("\u001e", keywords),
                String.valueOf(contact),
                language);
        if (costs != null || period != null || funding != null) {
            // Appended only when stated, so that a page stating none of them keeps the hash that
            // earlier runs stored and is not offered again as changed.
            canonical += "\u001f"
                    + String.join(
                            "\u001f",
                            costs == null ? "null" : decimal(costs.amount()) + " " + costs.currency(),
                            period == null ? "null" : period.startYear() + "-" + period.endYear(),
                            String.valueOf(funding));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
