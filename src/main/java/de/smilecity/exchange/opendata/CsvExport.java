package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue as one CSV row per entry: RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte
 * order mark so that spreadsheets pick the encoding instead of guessing, a header row, lists joined
 * with {@value #LIST_SEPARATOR}. A text cell that a spreadsheet would take for a formula (starting
 * with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe.
 */
public final class CsvExport implements EntrySink {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    public static final String LIST_SEPARATOR = " | ";

    /** The columns, in order; also the header row. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "slug",
            "url",
            "kind",
            "title",
            "summary",
            "language",
            "organisation",
            "organisation_slug",
            "organisation_kind",
            "state",
            "country",
            "size_class",
            "innovation_fields",
            "pillars",
            "sdgs",
            "target_groups",
            "technologies",
            "keywords",
            "phase",
            "start_year",
            "end_year",
            "adapted_from",
            "licence",
            "published_at",
            "updated_at");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;
    private final ExportLinks links;

    public CsvExport(OutputStream out, ExportLinks links) throws IOException {
        this.links = links;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = CSVFormat.RFC4180
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get()
                .print(writer);
    }

    @Override
    public void write(List<Practice> batch) throws IOException {
        for (Practice p : batch) {
            Organisation org = p.owner();
            Practice original = p.getAdaptedFrom();
            printer.printRecord(
                    p.getId(),
                    p.getSlug(),
                    links.practice(p),
                    lower(p.getKind().name()),
                    text(p.getTitle()),
                    text(p.getSummary()),
                    p.getLanguage(),
                    text(org.getName()),
                    org.getSlug(),
                    lower(org.getKind().name()),
                    text(org.getState()),
                    text(org.getCountry()),
                    org.getSizeClass().key(),
                    codes(p, ConceptScheme.INNOVATION_FIELD),
                    codes(p, ConceptScheme.SMILE_PILLAR),
                    codes(p, ConceptScheme.SDG),
                    codes(p, ConceptScheme.TARGET_GROUP),
                    list(p.getTechnologies()),
                    list(p.getKeywords()),
                    lower(p.getPhase().name()),
                    p.getStartYear(),
                    p.getEndYear(),
                    original == null ? null : original.getSlug(),
                    text(p.getProvenance().getLicence()),
                    instant(p.getPublishedAt()),
                    instant(p.getUpdatedAt()));
        }
        printer.flush();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /**
     * Defuses what a spreadsheet would run as a formula (CSV injection); the apostrophe is what the
     * spreadsheets themselves use to mark "text, not formula".
     */
    static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) return "";
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    private static String codes(Practice p, ConceptScheme scheme) {
        return list(p.getConcepts(scheme).stream().map(Concept::getCode).toList());
    }

    private static String list(Collection<String> values) {
        return String.join(LIST_SEPARATOR, values.stream().map(CsvExport::text).toList());
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String instant(@Nullable Instant value) {
        return value == null ? null : value.toString();
    }
}
