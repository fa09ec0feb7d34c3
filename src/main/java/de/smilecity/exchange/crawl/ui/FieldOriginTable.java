package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.FieldOrigins;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A source's report of its fields: per field, where each of its latest runs took it from, newest
 * run first. An editor who adds a selector to the profile sees in the next run's column whether the
 * field now comes from the profile, and a field that no run reads shows where a selector would help.
 */
final class FieldOriginTable extends Section {

    /** Enough runs to see a profile change take effect; more would not fit a screen's width. */
    static final int MAX_RUNS = 5;

    FieldOriginTable(List<CrawlRun> newestFirst) {
        setId("field-origins");
        add(new H2(getTranslation("crawl.runs.origins")));
        // Each run's counts are parsed from its stored text once, not once per cell.
        Map<CrawlRun, FieldOrigins> runs = new LinkedHashMap<>();
        for (CrawlRun run : newestFirst) {
            if (runs.size() == MAX_RUNS) break;
            if (run.getState().isActive()) continue;
            FieldOrigins origins = run.fieldOrigins();
            if (!origins.isEmpty()) runs.put(run, origins);
        }
        if (runs.isEmpty()) {
            add(new Paragraph(getTranslation("crawl.runs.originsNone")));
            return;
        }
        add(new Paragraph(getTranslation("crawl.runs.originsHelp")));
        NativeTable table = new NativeTable();
        table.addClassName("plain-table");
        table.setCaptionText(getTranslation("crawl.runs.origins"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Berlin"));
        NativeTableRow head = table.getHead().addRow();
        header(head, "col").setText(getTranslation("crawl.runs.field"));
        for (CrawlRun run : runs.keySet()) {
            header(head, "col")
                    .add(new Anchor(
                            CrawlRoutes.run(run.id()),
                            getTranslation("crawl.runs.originsRun", run.id(), time.format(run.getQueuedAt()))));
        }
        Set<String> fields = new TreeSet<>();
        runs.values().forEach(origins -> fields.addAll(origins.counts().keySet()));
        for (String field : fields) {
            NativeTableRow row = table.getBody().addRow();
            header(row, "row").setText(CrawlTexts.field(this, field));
            for (FieldOrigins origins : runs.values()) {
                Map<String, Integer> byOrigin = origins.counts().get(field);
                row.addDataCell()
                        .setText(
                                byOrigin == null
                                        ? getTranslation("crawl.runs.originsNotRead")
                                        : CrawlTexts.origins(this, byOrigin));
            }
        }
        add(table);
    }

    /** A header cell that tells a screen reader whether it heads a column or a row. */
    private static NativeTableHeaderCell header(NativeTableRow row, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
