package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.crawl.CandidateService;
import de.smilecity.exchange.crawl.ImportCandidate;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The review queue: pending candidates (or those of one run, {@code ?run=}), each opening its review. */
@Route(CrawlRoutes.CANDIDATES)
@Menu(order = 12, title = "crawl.nav.candidates", icon = "vaadin:inbox")
@RolesAllowed("EDITOR")
public class CandidateListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CandidateService candidates;
    private final H1 heading = new H1();
    private final Grid<ImportCandidate> grid = new Grid<>();

    public CandidateListView(CandidateService candidates) {
        this.candidates = candidates;
        addClassName("page");
        grid.addComponentColumn(c -> new Anchor(CrawlRoutes.candidate(c.id()), c.getTitle()))
                .setHeader(getTranslation("crawl.candidate.title"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.getOrganisation() == null ? "" : c.getOrganisation())
                .setHeader(getTranslation("crawl.field.organisation"));
        grid.addColumn(c -> CrawlTexts.candidateState(this, c.getState()))
                .setHeader(getTranslation("crawl.candidate.review"));
        grid.addComponentColumn(c -> {
                    Span flag = new Span(
                            c.getUnknownLabels().isEmpty()
                                    ? ""
                                    : getTranslation(
                                            "crawl.candidate.unknownCount",
                                            c.getUnknownLabels().size()));
                    if (!c.getUnknownLabels().isEmpty())
                        flag.getElement().getThemeList().add("badge contrast");
                    return flag;
                })
                .setHeader(getTranslation("crawl.candidate.unknownLabels"));
        grid.addColumn(ImportCandidate::getSourceUrl)
                .setHeader(getTranslation("crawl.candidate.sourceUrl"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setId("candidates");
        grid.setAriaLabel(getTranslation("crawl.candidates.title"));
        add(heading, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var run = event.getLocation().getQueryParameters().getSingleParameter("run");
        List<ImportCandidate> shown =
                run.map(r -> candidates.ofRun(Long.parseLong(r))).orElseGet(candidates::pending);
        heading.setText(run.map(r -> getTranslation("crawl.candidates.ofRun", Long.parseLong(r)))
                .orElseGet(() -> getTranslation("crawl.candidates.title")));
        grid.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – smile exchange";
    }
}
