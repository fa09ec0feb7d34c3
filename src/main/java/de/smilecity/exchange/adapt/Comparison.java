package de.smilecity.exchange.adapt;

import java.util.List;

/**
 * Two to four published entries side by side.
 *
 * @param practices the entries, in the order asked for
 * @param rows one row per aspect, each with one value per entry
 */
public record Comparison(List<Column> practices, List<Row> rows) {

    public static final int MIN = 2;
    public static final int MAX = 4;

    /** @param language the entry's own language ({@code de}, {@code en}), in which its texts are written */
    public record Column(long id, String slug, String title, String organisation, String language) {}

    /**
     * @param aspect the aspect's key ({@code organisation}, {@code sizeClass}, …)
     * @param label the aspect's name in the asked language
     * @param values one per entry; empty where the entry says nothing
     * @param differs whether the entries' values are not all the same
     * @param inEntryLanguage whether the values are the entries' own texts, each in its column's
     *     language, rather than labels in the asked language
     */
    public record Row(String aspect, String label, List<String> values, boolean differs, boolean inEntryLanguage) {}
}
