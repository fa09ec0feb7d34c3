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

    public record Column(long id, String slug, String title, String organisation) {}

    /**
     * @param aspect the aspect's key ({@code organisation}, {@code sizeClass}, …)
     * @param label the aspect's name in the asked language
     * @param values one per entry; empty where the entry says nothing
     * @param differs whether the entries' values are not all the same
     */
    public record Row(String aspect, String label, List<String> values, boolean differs) {}
}
