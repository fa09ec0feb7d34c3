package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import de.smilecity.exchange.catalogue.ui.Labels;
import de.smilecity.exchange.contribute.EntryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A short work list of entries as a plain HTML table: the title links to the entry's workspace,
 * then state, organisation and dates.
 *
 * <p>A table and not a data grid, because these lists are short and a row is opened by its link:
 * each title is an ordinary link, so Tab reaches it and Enter follows it (a grid's cell navigation
 * does not lead into the links it renders), and a screen reader announces every cell with its column
 * and its row's title. On narrow screens the cells wrap rather than scroll sideways.
 */
class EntryTable extends Composite<NativeTable> {

    private final boolean showSubmitted;
    private List<EntryRow> rows = List.of();

    /**
     * @param caption names the list for everyone, read out when a screen reader enters the table
     * @param showSubmitted whether to show when each entry was submitted (the review queue's order)
     */
    EntryTable(String caption, boolean showSubmitted) {
        this.showSubmitted = showSubmitted;
        NativeTable table = getContent();
        table.addClassNames("data", "entry-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String key : columnKeys()) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
    }

    private List<String> columnKeys() {
        List<String> keys = new ArrayList<>(List.of("entries.title", "entries.state", "entries.organisation"));
        if (showSubmitted) keys.add("entries.submitted");
        keys.add("entries.updated");
        return keys;
    }

    /** Shows these entries in this order, replacing the ones shown before. */
    void setRows(List<EntryRow> rows) {
        this.rows = List.copyOf(rows);
        NativeTableBody body = getContent().getBody();
        body.removeAllRows();
        rows.forEach(row -> body.addRows(row(row)));
    }

    /** The entries shown, in their order. */
    List<EntryRow> getRows() {
        return rows;
    }

    private NativeTableRow row(EntryRow entry) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-entry", String.valueOf(entry.id()));
        // The title heads its row, so that each cell is announced with the entry it belongs to.
        NativeTableHeaderCell title = row.addHeaderCell();
        title.getElement().setAttribute("scope", "row");
        title.add(new Anchor(ContributeRoutes.entry(entry.id()), entry.title()));
        if (entry.versionOf() != null) {
            Span note = new Span(getTranslation("entries.newVersion"));
            note.addClassName("secondary");
            title.add(new Span(" "), note);
        }
        row.addDataCell().setText(Labels.state(this, entry.state()));
        row.addDataCell().setText(entry.organisationName());
        if (showSubmitted) {
            row.addDataCell().setText(entry.submittedAt() == null ? "–" : Labels.dateTime(this, entry.submittedAt()));
        }
        row.addDataCell().setText(Labels.dateTime(this, entry.updatedAt()));
        return row;
    }
}
