package de.smilecity.exchange.crawl;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stores a list of short strings (URLs, patterns, labels) one per line in a long-text column. The
 * lists are always read and written whole, so a table per list would buy nothing; values with a line
 * break are refused by validation before they get here.
 */
@Converter
class Lines implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(@Nullable List<String> values) {
        return values == null ? "" : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(@Nullable String column) {
        if (column == null || column.isEmpty()) {
            return new java.util.ArrayList<>();
        }
        return new java.util.ArrayList<>(Arrays.asList(column.split("\n", -1)));
    }
}
