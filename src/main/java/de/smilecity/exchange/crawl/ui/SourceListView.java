package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.CrawlService;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
import de.smilecity.exchange.shared.BadRequestException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/** The partner sources, with their last run (failed ones marked) and a button to crawl each. */
@Route(CrawlRoutes.SOURCES)
@Menu(order = 10, title = "crawl.nav.sources", icon = "vaadin:globe")
@RolesAllowed("EDITOR")
public class SourceListView extends Div implements HasDynamicTitle {

    private final transient PartnerSourceService sources;
    private final transient CrawlService crawls;
    private final Grid<PartnerSource> grid = new Grid<>();

    public SourceListView(PartnerSourceService sources, CrawlService crawls) {
        this.sources = sources;
        this.crawls = crawls;
        addClassName("page");
        Button add = new Button(getTranslation("crawl.sources.new"), e -> navigate(CrawlRoutes.SOURCES + "/new"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-source");
        add(new H1(getTranslation("crawl.sources.title")), add, createGrid());
        grid.setItems(sources.all());
    }

    private Grid<PartnerSource> createGrid() {
        grid.addComponentColumn(s -> new Anchor(CrawlRoutes.editSource(Objects.requireNonNull(s.getId())), s.getName()))
                .setHeader(getTranslation("crawl.source.name"))
                .setFlexGrow(3);
        grid.addColumn(s -> s.getStartUrls().isEmpty()
                        ? s.getSitemapUrl()
                        : s.getStartUrls().getFirst())
                .setHeader(getTranslation("crawl.source.startUrls"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::lastRun).setHeader(getTranslation("crawl.sources.lastRun"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("crawl.sources.actions"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("crawl.sources.title"));
        grid.setId("sources");
        return grid;
    }

    private Span lastRun(PartnerSource s) {
        if (s.getLastRunState() == null) return new Span(getTranslation("crawl.sources.neverRun"));
        Span state = new Span(CrawlTexts.runState(this, s.getLastRunState()));
        if (s.lastRunFailed()) {
            state.getElement().getThemeList().add("badge error");
            state.setText(
                    getTranslation("crawl.sources.lastRunFailed", CrawlTexts.runState(this, s.getLastRunState())));
        }
        return state;
    }

    private HorizontalLayout actions(PartnerSource s) {
        long id = Objects.requireNonNull(s.getId());
        Button crawl = new Button(getTranslation("crawl.sources.start"), e -> start(id));
        crawl.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        crawl.setId("start-crawl-" + id);
        crawl.setAriaLabel(getTranslation("crawl.sources.startFor", s.getName()));
        Button runs =
                new Button(getTranslation("crawl.sources.runs"), e -> navigate(CrawlRoutes.RUNS + "?source=" + id));
        runs.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(crawl, runs);
    }

    private void start(long sourceId) {
        try {
            CrawlRun run = crawls.start(sourceId);
            navigate(CrawlRoutes.run(run.id()));
        } catch (BadRequestException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crawl.sources.title") + " – smile exchange";
    }
}
