package de.smilecity.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The statement's known limitations and the docs' table of them name the same ids, and each has
 * a text and a reason in both languages: one list, shown in two places.
 */
class KnownLimitationsDocsTest {

    private static final Path DOCS = Path.of("docs", "accessibility.md");
    /** A row of the docs' table: its first cell is the id in backticks. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|");

    @Test
    void docsListExactlyTheLimitationsTheStatementShows() throws IOException {
        String docs = Files.readString(DOCS);
        String table = docs.substring(docs.indexOf("### Known limitations"));
        Matcher rows = ROW.matcher(table);
        List<String> documented = rows.results().map(m -> m.group(1)).toList();
        assertThat(KnownLimitations.ids()).isNotEmpty().containsExactlyElementsOf(documented);
    }

    @Test
    void everyLimitationHasATextAndAReasonInBothLanguages() {
        for (Locale locale : Languages.SUPPORTED) {
            assertThat(Translations.keys(locale))
                    .as("statement texts in %s", locale)
                    .containsAll(KnownLimitations.ids().stream()
                            .flatMap(id -> java.util.stream.Stream.of(
                                    KnownLimitations.textKey(id), KnownLimitations.reasonKey(id)))
                            .toList());
        }
    }
}
