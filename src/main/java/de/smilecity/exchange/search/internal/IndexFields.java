package de.smilecity.exchange.search.internal;

/**
 * Every field of the practice index, named once. Texts are indexed in the entry's own language
 * ({@code _de} or {@code _en}); taxonomy labels in both, so that an entry is found from either
 * language. Facet fields ({@code f_}) hold raw values for counting and filtering.
 */
public final class IndexFields {

    public static final String DE = "_de";
    public static final String EN = "_en";

    // Full text, per language. Title, summary and body are stored for highlighting.
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String KEYWORDS = "keywords";
    /** Labels of every concept (both languages, alternative labels too); indexed with both analyzers. */
    public static final String TAXONOMY = "taxonomy";
    /** Organisation name and place (state, country), one analysis for both languages. */
    public static final String PLACE = "place";
    /** Plain lower-cased words of title, keywords, labels and summary: the source of "did you mean". */
    public static final String SPELL = "spell";
    /** Edge n-grams for autocomplete. */
    public static final String SUGGEST_TITLE = "suggest_title";

    public static final String SUGGEST_KEYWORD = "suggest_keyword";
    public static final String SUGGEST_ORGANISATION = "suggest_organisation";

    // Values for display, projected from the index so that hit lists need no database.
    /** The entry's id, stored: hit lists are read from the index without Hibernate Search's projections. */
    public static final String ENTITY_ID = "entity_id";

    public static final String SLUG = "slug";
    public static final String DISPLAY_TITLE = "display_title";
    public static final String DISPLAY_SUMMARY = "display_summary";
    public static final String ORGANISATION_NAME = "organisation_name";

    // Facets: raw values, counted and filtered exactly.
    public static final String FIELD = "f_field";
    public static final String PILLAR = "f_pillar";
    public static final String STATE = "f_state";
    public static final String COUNTRY = "f_country";
    public static final String SIZE_CLASS = "f_size_class";
    public static final String PHASE = "f_phase";
    public static final String KIND = "f_kind";
    public static final String KEYWORD = "f_keyword";
    public static final String LANGUAGE = "f_language";
    public static final String ORGANISATION = "f_organisation";
    public static final String ADAPTED_FROM = "f_adapted_from";
    /** "true" when at least one published adaptation exists, else "false". */
    public static final String ADAPTED = "f_adapted";
    /** How many published adaptations an entry has: sortable and projected. */
    public static final String ADAPTATION_COUNT = "adaptation_count";

    // Sorting.
    public static final String SORT_TITLE = "sort_title";
    public static final String PUBLISHED = "published";

    private IndexFields() {}

    public static String de(String field) {
        return field + DE;
    }

    public static String en(String field) {
        return field + EN;
    }
}
