package de.smilecity.exchange.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.catalogue.ui.Facts;
import de.smilecity.exchange.search.IndexHealth;
import de.smilecity.exchange.search.IndexMaintenance;
import de.smilecity.exchange.search.IndexStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** For admins: is the index in step with the database, and a rebuild with visible progress. */
@Route("admin/index")
@Menu(order = 90, title = "nav.index", icon = "vaadin:database")
@RolesAllowed("ADMIN")
public class IndexAdminView extends Div implements HasDynamicTitle {

    static final int POLL_MS = 1000;

    private final transient IndexMaintenance maintenance;
    private final Div report = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Button rebuild = new Button();

    public IndexAdminView(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
        addClassName("page");
        rebuild.setText(getTranslation("index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setId("rebuild-index");
        rebuild.addClickListener(e -> {
            maintenance.rebuild(getTranslation("index.rebuild.byAdmin"));
            refresh();
        });
        progress.setId("index-progress");
        progressText.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("index.title")), report, progress, progressText, rebuild);
        refresh();
    }

    private void refresh() {
        IndexHealth health = maintenance.health();
        IndexStatus status = health.status();
        report.removeAll();
        Facts facts = new Facts();
        facts.addText(getTranslation("index.published"), String.valueOf(health.publishedInDatabase()));
        facts.addText(getTranslation("index.documents"), String.valueOf(health.documentsInIndex()));
        facts.addText(getTranslation("index.missing"), ids(health.missingIds()));
        facts.addText(getTranslation("index.orphaned"), ids(health.orphanedIds()));
        facts.addText(getTranslation("index.reportPages"), String.valueOf(health.reportPagesInDatabase()));
        facts.addText(getTranslation("index.reportPagesIndexed"), String.valueOf(health.reportPagesInIndex()));
        facts.addText(
                getTranslation("index.state"),
                getTranslation("index.state." + status.state().name()));
        facts.addText(getTranslation("index.reason"), status.reason());
        facts.addText(
                getTranslation("index.synonyms"),
                health.synonymsProblem() == null ? getTranslation("index.synonyms.ok") : health.synonymsProblem());
        report.add(facts);
        report.setId("index-health");
        boolean running = status.rebuilding();
        progress.setVisible(running);
        progress.setValue(status.total() == 0 ? 0 : Math.min(1, (double) status.loaded() / status.total()));
        progressText.setText(running ? getTranslation("index.progress", status.loaded(), status.total()) : "");
        rebuild.setEnabled(!running);
        getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MS : -1));
    }

    private String ids(List<Long> ids) {
        return ids.isEmpty()
                ? getTranslation("index.none")
                : ids.size() + ": " + ids.stream().limit(50).toList();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("index.title") + " – smile exchange";
    }
}
