package de.smilecity.exchange.search;

import de.smilecity.exchange.search.internal.IndexFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facets of the catalogue search, with their URL and API parameter names. Values
 * within one facet combine with OR, different facets with AND.
 */
public enum Facet {
    FIELD("field", IndexFields.FIELD),
    PILLAR("pillar", IndexFields.PILLAR),
    STATE("state", IndexFields.STATE),
    COUNTRY("country", IndexFields.COUNTRY),
    SIZE_CLASS("sizeClass", IndexFields.SIZE_CLASS),
    PHASE("phase", IndexFields.PHASE),
    KIND("kind", IndexFields.KIND),
    KEYWORD("keyword", IndexFields.KEYWORD),
    LANGUAGE("language", IndexFields.LANGUAGE),
    ORGANISATION("organisation", IndexFields.ORGANISATION),
    /** "true" for entries adapted at least once (a published adaptation exists), "false" for the rest. */
    ADAPTED("adapted", IndexFields.ADAPTED);

    private final String parameter;
    private final String indexField;

    Facet(String parameter, String indexField) {
        this.parameter = parameter;
        this.indexField = indexField;
    }

    /** The name in URLs and in the API, e.g. {@code sizeClass}. */
    public String parameter() {
        return parameter;
    }

    public String indexField() {
        return indexField;
    }

    /** Whether values are compared in lower case (phase and kind arrive as "OPERATION" or "operation"). */
    public boolean lowerCaseValues() {
        return this == PHASE || this == KIND || this == LANGUAGE || this == SIZE_CLASS || this == ADAPTED;
    }

    /** The values as the index holds them: lower case where {@link #lowerCaseValues()}, else as given. */
    public List<String> normalised(List<String> values) {
        return lowerCaseValues()
                ? values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()
                : values;
    }

    public static Optional<Facet> byParameter(String parameter) {
        return Arrays.stream(values())
                .filter(f -> f.parameter.equals(parameter))
                .findFirst();
    }
}
