package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ReportSummary;
import de.smilecity.exchange.catalogue.Reports;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The partner reports (PDF) of an entry, on its detail page: title (a link to the PDF), pages, when
 * it was fetched, and whether its text can be searched. A section like those other features add,
 * first among them: the reports are the entry's own evidence.
 */
@org.springframework.stereotype.Component
@Order(1)
class ReportSection implements PracticeDetailExtension {

    private final Reports reports;

    ReportSection(Reports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Component> section(Practice practice) {
        List<ReportSummary> list = reports.of(Objects.requireNonNull(practice.getId()));
        if (list.isEmpty()) return Optional.empty();
        UI ui = UI.getCurrent();
        H2 heading = new H2(ui.getTranslation("detail.reports"));
        heading.setId("reports-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE);
        UnorderedList items = new UnorderedList();
        for (ReportSummary report : list) {
            Anchor link = new Anchor(report.sourceUrl(), report.title());
            link.getElement().setAttribute("rel", "noopener nofollow");
            // A file of the partner, not a view of ours.
            link.setRouterIgnore(true);
            String facts = ui.getTranslation("detail.report.pages", report.pageCount()) + ", "
                    + ui.getTranslation("detail.report.fetched", Labels.date(heading, report.fetchedAt()))
                    + (report.textLayer() ? "" : ", " + ui.getTranslation("detail.report.noTextLayer"));
            Span meta = new Span(" (PDF, " + facts + ")");
            meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            items.add(new ListItem(link, meta));
        }
        Section section = new Section(heading, items);
        section.setId("reports");
        section.getElement().setAttribute("aria-labelledby", "reports-heading");
        return Optional.of(section);
    }
}
