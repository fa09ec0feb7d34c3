package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.smilecity.exchange.catalogue.ReportSummary;
import de.smilecity.exchange.crawl.CandidateService.LinkedReport;
import java.util.List;

/**
 * The reports (PDF) a candidate's page links, on its review page: title, pages and whether they
 * are searchable, or that one was not read (the run's outcome of its URL says why). Accepting the
 * candidate attaches the read ones to the entry.
 */
class CandidateReports extends Div {

    private final UnorderedList list = new UnorderedList();

    CandidateReports() {
        setId("candidate-reports");
        H2 heading = new H2(getTranslation("crawl.reports.title"));
        heading.setId("candidate-reports-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "candidate-reports-heading");
        add(heading, new Span(getTranslation("crawl.reports.help")), list);
    }

    void show(List<LinkedReport> reports) {
        list.removeAll();
        setVisible(!reports.isEmpty());
        for (LinkedReport report : reports) {
            ListItem item = new ListItem();
            if (report.stored().isPresent()) {
                ReportSummary r = report.stored().get();
                Anchor link = new Anchor(r.sourceUrl(), r.title());
                link.getElement().setAttribute("rel", "noopener nofollow");
                item.add(link, new Span(" · " + getTranslation("crawl.reports.pages", r.pageCount())));
                if (!r.textLayer()) {
                    Span scan = new Span(" · " + getTranslation("crawl.reports.noTextLayer"));
                    scan.addClassName("report-no-text");
                    item.add(scan);
                }
            } else {
                item.add(
                        new Anchor(report.url(), report.url()),
                        new Span(" · " + getTranslation("crawl.reports.notRead")));
            }
            list.add(item);
        }
    }
}
