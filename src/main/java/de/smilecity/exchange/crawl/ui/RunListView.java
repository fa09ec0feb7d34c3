package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.CrawlService;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The history of crawl runs, all or of one source ({@code ?source=}); for one source also where its
 * latest runs took each field from.
 */
@Route(CrawlRoutes.RUNS)
@Menu(order = 11, title = "crawl.nav.runs", icon = "vaadin:time-backward")
@RolesAllowed("EDITOR")
public class RunListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CrawlService crawls;
    private final transient PartnerSourceService sources;
    private final Grid<CrawlRun> grid = new Grid<>();
    private @Nullable FieldOriginTable origins;

    public RunListView(CrawlService crawls, PartnerSourceService sources) {
        this.crawls = crawls;
        this.sources = sources;
        addClassName("page");
        add(new H1(getTranslation("crawl.runs.title")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> source = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("source")
                .map(Long::parseLong);
        List<CrawlRun> runs = source.map(crawls::runsOf).orElseGet(crawls::recentRuns);
        Map<Long, String> names = sources.all().stream()
                .collect(Collectors.toMap(PartnerSource::getId, PartnerSource::getName, (a, b) -> a));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Berlin"));
        grid.removeAllColumns();
        grid.addComponentColumn(r -> new Anchor(CrawlRoutes.run(r.id()), "#" + r.id()))
                .setHeader(getTranslation("crawl.runs.run"))
                .setFlexGrow(0);
        grid.addColumn(r -> names.getOrDefault(r.getSourceId(), "?"))
                .setHeader(getTranslation("crawl.runs.source"))
                .setFlexGrow(2);
        grid.addColumn(r -> CrawlTexts.runState(this, r.getState())).setHeader(getTranslation("crawl.runs.state"));
        grid.addColumn(r -> time.format(r.getQueuedAt())).setHeader(getTranslation("crawl.runs.queuedAt"));
        grid.addColumn(r -> getTranslation(
                        "crawl.run.counts",
                        r.getPagesDone(),
                        r.getImported(),
                        r.getUnchanged(),
                        r.getSkipped(),
                        r.getFailed()))
                .setHeader(getTranslation("crawl.runs.counts"))
                .setFlexGrow(3);
        grid.addColumn(CrawlRun::getTriggeredBy).setHeader(getTranslation("crawl.runs.triggeredBy"));
        grid.setItems(runs);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("crawl.runs.title"));
        grid.setId("runs");
        if (origins != null) remove(origins);
        origins = source.map(id -> new FieldOriginTable(runs)).orElse(null);
        if (origins != null) add(origins);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crawl.runs.title") + " – smile exchange";
    }
}
