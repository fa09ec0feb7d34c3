package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.crawl.CrawlOutcome;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.CrawlService;
import de.smilecity.exchange.crawl.FieldOrigins;
import de.smilecity.exchange.crawl.Interruption;
import de.smilecity.exchange.crawl.PartnerSourceService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One run, live: while it is active the page polls the server every second (no server push
 * needed) and shows pages done, the outcome counts and the URL being fetched; it can be cancelled.
 * Afterwards it keeps every URL with its outcome and reason.
 */
@Route(CrawlRoutes.RUNS + "/:id")
@RolesAllowed("EDITOR")
public class RunView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 1000;

    private final transient CrawlService crawls;
    private final transient PartnerSourceService sources;
    private final H1 heading = new H1();
    private final Span state = new Span();
    private final Span counts = new Span();
    private final Paragraph current = new Paragraph();
    private final Paragraph reason = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Anchor candidates = new Anchor();
    private final Anchor continuedAs = new Anchor();
    private final Anchor continues = new Anchor();
    private final Grid<CrawlOutcome> outcomes = new Grid<>();
    private final Div origins = new Div();
    private long runId;
    private boolean polling;

    public RunView(CrawlService crawls, PartnerSourceService sources) {
        this.crawls = crawls;
        this.sources = sources;
        addClassName("page");
        state.setId("run-state");
        counts.setId("run-counts");
        current.setId("run-current");
        reason.setId("run-reason");
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("crawl.run.progress"));
        cancel.setText(getTranslation("crawl.run.cancel"));
        cancel.setId("cancel-run");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            crawls.cancel(runId);
            cancel.setEnabled(false);
        });
        candidates.setText(getTranslation("crawl.run.candidates"));
        candidates.setId("run-candidates");
        continuedAs.setId("run-continued-as");
        continues.setId("run-continues");
        add(
                heading,
                new HorizontalLayout(state, counts),
                continues,
                progress,
                current,
                reason,
                continuedAs,
                new HorizontalLayout(cancel, candidates),
                origins,
                createGrid());
        origins.setId("run-origins");
    }

    private Grid<CrawlOutcome> createGrid() {
        outcomes.addColumn(CrawlOutcome::getUrl)
                .setHeader(getTranslation("crawl.run.url"))
                .setFlexGrow(3);
        outcomes.addColumn(o -> CrawlTexts.outcome(this, o.getOutcome()))
                .setHeader(getTranslation("crawl.run.outcome"));
        outcomes.addColumn(
                        o -> o.getHttpStatus() == null ? "" : o.getHttpStatus().toString())
                .setHeader(getTranslation("crawl.run.status"))
                .setFlexGrow(0);
        outcomes.addColumn(o -> o.getReason() == null ? "" : o.getReason())
                .setHeader(getTranslation("crawl.run.reason"))
                .setFlexGrow(4);
        outcomes.setAriaLabel(getTranslation("crawl.run.outcomes"));
        outcomes.setId("run-outcomes");
        outcomes.setAllRowsVisible(true);
        return outcomes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = event.getRouteParameters().getLong("id").orElseThrow(() -> new IllegalArgumentException("no run id"));
        CrawlRun run = crawls.getRun(runId);
        String sourceName =
                sources.find(run.getSourceId()).map(s -> s.getName()).orElse("?");
        heading.setText(getTranslation("crawl.run.title", runId, sourceName));
        candidates.setHref(CrawlRoutes.CANDIDATES + "?run=" + runId);
        Long earlier = run.getContinuesRunId();
        continues.setVisible(earlier != null);
        if (earlier != null) {
            continues.setText(getTranslation("crawl.run.continues", earlier));
            continues.setHref(CrawlRoutes.run(earlier));
        }
        refresh(null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> {
            if (polling) refresh(e.getSource());
        });
        refresh(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void refresh(@Nullable UI ui) {
        CrawlRun run = crawls.getRun(runId);
        boolean active = run.getState().isActive();
        state.setText(CrawlTexts.runState(this, run.getState()));
        state.getElement().getThemeList().set("badge", true);
        state.getElement()
                .getThemeList()
                .set(
                        "error",
                        run.getState().name().equals("FAILED")
                                || run.getState().name().equals("INTERRUPTED"));
        state.getElement().getThemeList().set("success", run.getState().name().equals("FINISHED"));
        counts.setText(getTranslation(
                "crawl.run.counts",
                run.getPagesDone(),
                run.getImported(),
                run.getUnchanged(),
                run.getSkipped(),
                run.getFailed()));
        current.setText(run.getCurrentUrl() == null ? "" : getTranslation("crawl.run.current", run.getCurrentUrl()));
        current.setVisible(active && run.getCurrentUrl() != null);
        Optional<CrawlRun> next = run.getInterruption() == null ? Optional.empty() : crawls.continuationOf(runId);
        reason.setText(reasonText(run, next.isPresent()));
        reason.setVisible(run.getReason() != null);
        continuedAs.setVisible(next.isPresent());
        next.ifPresent(n -> {
            continuedAs.setText(getTranslation("crawl.run.continuedAs", n.id()));
            continuedAs.setHref(CrawlRoutes.run(n.id()));
        });
        progress.setVisible(active);
        cancel.setVisible(active);
        candidates.setVisible(!active);
        outcomes.setItems(crawls.outcomes(runId));
        showOrigins(run.fieldOrigins());
        origins.setVisible(!active);
        polling = active;
        if (ui != null) ui.setPollInterval(active ? POLL_MILLIS : -1);
    }

    /** Per field, how many candidates took it from where: the source's report of its fields. */
    private void showOrigins(FieldOrigins counted) {
        origins.removeAll();
        H2 title = new H2(getTranslation("crawl.run.origins"));
        origins.add(title);
        if (counted.isEmpty()) {
            origins.add(new Paragraph(getTranslation("crawl.run.originsNone")));
            return;
        }
        UnorderedList list = new UnorderedList();
        counted.counts()
                .forEach((field, byOrigin) -> list.add(
                        new ListItem(CrawlTexts.field(this, field) + ": " + CrawlTexts.origins(this, byOrigin))));
        origins.add(list);
    }

    /**
     * The reason as recorded, except an interruption, which is said in the reader's language, with the
     * advice to start the run again where no other run went on with it.
     */
    private String reasonText(CrawlRun run, boolean continued) {
        Interruption interruption = run.getInterruption();
        if (interruption == null) return run.getReason() == null ? "" : run.getReason();
        String node = run.getNodeId() == null ? "?" : run.getNodeId();
        String lastBeat = run.getHeartbeatAt() == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(getLocale())
                        .withZone(ZoneId.of("Europe/Berlin"))
                        .format(run.getHeartbeatAt());
        String what = getTranslation("crawl.interruption." + interruption.name(), node, lastBeat);
        return continued ? what : what + " " + getTranslation("crawl.interruption.restart");
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – smile exchange";
    }
}
