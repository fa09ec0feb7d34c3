package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.smilecity.exchange.catalogue.ui.Labels;
import de.smilecity.exchange.contribute.EntryRow;

/**
 * A work list of entries: the title links to the entry's workspace (a real link, so that it opens in
 * a new tab and is reached by keyboard), then state, organisation and dates.
 */
class EntryGrid extends Grid<EntryRow> {

    EntryGrid(boolean showSubmitted) {
        addComponentColumn(row -> {
                    Anchor title = new Anchor(ContributeRoutes.entry(row.id()), row.title());
                    Div cell = new Div(title);
                    if (row.versionOf() != null) {
                        Span note = new Span(getTranslation("entries.newVersion"));
                        note.addClassName("secondary");
                        cell.add(new Span(" "), note);
                    }
                    return cell;
                })
                .setHeader(getTranslation("entries.title"))
                .setFlexGrow(3);
        addColumn(row -> Labels.state(this, row.state())).setHeader(getTranslation("entries.state"));
        addColumn(EntryRow::organisationName).setHeader(getTranslation("entries.organisation"));
        if (showSubmitted) {
            addColumn(row -> row.submittedAt() == null ? "–" : Labels.dateTime(this, row.submittedAt()))
                    .setHeader(getTranslation("entries.submitted"));
        }
        addColumn(row -> Labels.dateTime(this, row.updatedAt())).setHeader(getTranslation("entries.updated"));
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
