package de.smilecity.exchange.crawl;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CSS selectors (jsoup syntax, so {@code th:containsOwn(Bundesland) + td} works) that fill the fields
 * of a candidate. Every selector is optional; a field without one comes from the generic fallback
 * (JSON-LD, then OpenGraph and meta, then the main text).
 */
@Embeddable
public class ExtractionProfile {

    public static final int SELECTOR_MAX_LENGTH = 300;

    /** The field names, as in the API body and the seed files, in the order forms show them. */
    public static final List<String> FIELDS = List.of(
            "title",
            "summary",
            "description",
            "organisation",
            "state",
            "population",
            "area",
            "phase",
            "innovationFields",
            "keywords",
            "contact");

    @Column(name = "field_title", length = SELECTOR_MAX_LENGTH)
    private @Nullable String title;

    @Column(name = "field_summary", length = SELECTOR_MAX_LENGTH)
    private @Nullable String summary;

    @Column(name = "field_description", length = SELECTOR_MAX_LENGTH)
    private @Nullable String description;

    @Column(name = "field_organisation", length = SELECTOR_MAX_LENGTH)
    private @Nullable String organisation;

    @Column(name = "field_state", length = SELECTOR_MAX_LENGTH)
    private @Nullable String state;

    @Column(name = "field_population", length = SELECTOR_MAX_LENGTH)
    private @Nullable String population;

    @Column(name = "field_area", length = SELECTOR_MAX_LENGTH)
    private @Nullable String area;

    @Column(name = "field_phase", length = SELECTOR_MAX_LENGTH)
    private @Nullable String phase;

    @Column(name = "field_innovation_fields", length = SELECTOR_MAX_LENGTH)
    private @Nullable String innovationFields;

    @Column(name = "field_keywords", length = SELECTOR_MAX_LENGTH)
    private @Nullable String keywords;

    @Column(name = "field_contact", length = SELECTOR_MAX_LENGTH)
    private @Nullable String contact;

    public ExtractionProfile() {}

    /** A profile from field name → selector; unknown names are refused. */
    public static ExtractionProfile of(Map<String, String> selectors) {
        ExtractionProfile profile = new ExtractionProfile();
        selectors.forEach(profile::set);
        return profile;
    }

    /** The configured selectors by field name, in {@link #FIELDS} order; blank ones left out. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String selector = get(field);
            if (selector != null && !selector.isBlank()) map.put(field, selector);
        }
        return map;
    }

    public @Nullable String get(String field) {
        return switch (field) {
            case "title" -> title;
            case "summary" -> summary;
            case "description" -> description;
            case "organisation" -> organisation;
            case "state" -> state;
            case "population" -> population;
            case "area" -> area;
            case "phase" -> phase;
            case "innovationFields" -> innovationFields;
            case "keywords" -> keywords;
            case "contact" -> contact;
            default -> throw unknown(field);
        };
    }

    /**
     * @throws IllegalArgumentException naming the field and the known ones when the name is unknown
     */
    public void set(String field, @Nullable String selector) {
        String value = selector == null || selector.isBlank() ? null : selector.strip();
        switch (field) {
            case "title" -> title = value;
            case "summary" -> summary = value;
            case "description" -> description = value;
            case "organisation" -> organisation = value;
            case "state" -> state = value;
            case "population" -> population = value;
            case "area" -> area = value;
            case "phase" -> phase = value;
            case "innovationFields" -> innovationFields = value;
            case "keywords" -> keywords = value;
            case "contact" -> contact = value;
            default -> throw unknown(field);
        }
    }

    private static IllegalArgumentException unknown(String field) {
        return new IllegalArgumentException(
                "Unknown extraction field '" + field + "'; known fields are " + String.join(", ", FIELDS));
    }
}
