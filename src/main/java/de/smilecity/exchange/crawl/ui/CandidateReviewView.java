package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.crawl.CandidateEdit;
import de.smilecity.exchange.crawl.CandidateField;
import de.smilecity.exchange.crawl.CandidateService;
import de.smilecity.exchange.crawl.CandidateState;
import de.smilecity.exchange.crawl.DuplicateChoice;
import de.smilecity.exchange.crawl.FieldChange;
import de.smilecity.exchange.crawl.ImportCandidate;
import de.smilecity.exchange.crawl.Resemblance;
import de.smilecity.exchange.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reviews one candidate: the extracted fields (editable before accepting), unknown labels flagged,
 * and for a URL imported before the field-by-field diff against the entry — fields edited in the
 * app are marked and kept unless the editor ticks them. A candidate whose text copies an entry or
 * another candidate says so, shows the differences, and is accepted only with the editor's choice
 * of update, merge or keep both.
 */
@Route(CrawlRoutes.CANDIDATES + "/:id")
@RolesAllowed("EDITOR")
public class CandidateReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CandidateService candidates;
    private final transient CatalogueService catalogue;
    private final H1 heading = new H1();
    private final Paragraph origin = new Paragraph();
    private final Paragraph unknown = new Paragraph();
    private final Div resembles = new Div();
    private final Paragraph resemblesText = new Paragraph();
    private final RadioButtonGroup<DuplicateChoice> duplicate = new RadioButtonGroup<>();
    private final Paragraph alsoAt = new Paragraph();
    private @Nullable Resemblance resemblance;
    private final CandidateReports reports = new CandidateReports();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea description = new TextArea();
    private final TextField organisation = new TextField();
    private final TextField state = new TextField();
    private final Select<Phase> phase = new Select<>();
    private final TextField discontinuedReason = new TextField();
    private final MultiSelectComboBox<Concept> fields = new MultiSelectComboBox<>();
    private final TextField keywords = new TextField();
    private final TextField contact = new TextField();
    private final Div diffSection = new Div();
    private final Grid<FieldChange> diff = new Grid<>();
    private final Set<String> take = new HashSet<>();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private long candidateId;

    public CandidateReviewView(CandidateService candidates, CatalogueService catalogue) {
        this.candidates = candidates;
        this.catalogue = catalogue;
        addClassName("page");
        unknown.setId("unknown-labels");
        alsoAt.setId("candidate-also-at");
        add(heading, origin, alsoAt, unknown, reports, createResembles(), createDiff(), createForm(), createButtons());
    }

    private Div createDiff() {
        diff.addColumn(c -> getTranslation(labelKey(c))).setHeader(getTranslation("crawl.diff.field"));
        diff.addColumn(FieldChange::current)
                .setHeader(getTranslation("crawl.diff.current"))
                .setFlexGrow(3);
        diff.addColumn(FieldChange::proposed)
                .setHeader(getTranslation("crawl.diff.proposed"))
                .setFlexGrow(3);
        diff.addComponentColumn(c -> {
                    Checkbox box = new Checkbox(
                            getTranslation(c.editedInApp() ? "crawl.diff.editedInApp" : "crawl.diff.take"));
                    box.setValue(c.takenByDefault());
                    box.setAriaLabel(getTranslation("crawl.diff.takeField", getTranslation(labelKey(c))));
                    box.addValueChangeListener(e -> {
                        if (e.getValue()) take.add(c.field());
                        else take.remove(c.field());
                    });
                    return box;
                })
                .setHeader(getTranslation("crawl.diff.decision"))
                .setFlexGrow(2);
        diff.setAllRowsVisible(true);
        diff.setId("candidate-diff");
        diff.setAriaLabel(getTranslation("crawl.diff.title"));
        diffSection.add(
                new H2(getTranslation("crawl.diff.title")), new Paragraph(getTranslation("crawl.diff.help")), diff);
        return diffSection;
    }

    /** What the candidate's text copies, and the editor's decision about it (no default). */
    private Div createResembles() {
        resemblesText.setId("candidate-resembles");
        duplicate.setLabel(getTranslation("crawl.candidate.duplicate"));
        duplicate.setId("candidate-duplicate");
        duplicate.setRequiredIndicatorVisible(true);
        duplicate.addValueChangeListener(e -> duplicate.setInvalid(false));
        resembles.add(resemblesText, duplicate);
        resembles.addClassName("notice");
        return resembles;
    }

    private FormLayout createForm() {
        title.setLabel(getTranslation("crawl.field.title"));
        title.setMaxLength(Practice.TITLE_MAX_LENGTH);
        summary.setLabel(getTranslation("crawl.field.summary"));
        summary.setMaxLength(Practice.SUMMARY_MAX_LENGTH);
        description.setLabel(getTranslation("crawl.field.description"));
        description.setHeight("14em");
        organisation.setLabel(getTranslation("crawl.field.organisation"));
        state.setLabel(getTranslation("crawl.field.state"));
        phase.setLabel(getTranslation("crawl.field.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> getTranslation("phase." + p.name()));
        phase.addValueChangeListener(e -> discontinuedReason.setVisible(e.getValue() == Phase.DISCONTINUED));
        discontinuedReason.setLabel(getTranslation("crawl.field.discontinuedReason"));
        discontinuedReason.setMaxLength(Practice.REASON_MAX_LENGTH);
        discontinuedReason.setId("candidate-discontinued-reason");
        discontinuedReason.setVisible(false);
        fields.setLabel(getTranslation("crawl.field.innovationFields"));
        fields.setItems(catalogue.concepts(ConceptScheme.INNOVATION_FIELD));
        fields.setItemLabelGenerator(c -> c.label(getLocale()));
        fields.setId("candidate-fields");
        keywords.setLabel(getTranslation("crawl.field.keywords"));
        keywords.setHelperText(getTranslation("crawl.candidate.keywords.help"));
        contact.setLabel(getTranslation("crawl.field.contact"));
        title.setId("candidate-title");
        FormLayout form = new FormLayout(
                title, organisation, summary, state, phase, discontinuedReason, fields, keywords, contact, description);
        form.setColspan(summary, 2);
        form.setColspan(description, 2);
        return form;
    }

    private HorizontalLayout createButtons() {
        Button accept = new Button(getTranslation("crawl.candidate.accept"), e -> accept());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.setId("accept-candidate");
        Button reject = new Button(getTranslation("crawl.candidate.reject"), e -> reject());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-candidate");
        buttons.add(accept, reject);
        return buttons;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        candidateId = event.getRouteParameters()
                .getLong("id")
                .orElseThrow(() -> new IllegalArgumentException("no candidate id"));
        ImportCandidate c = candidates.get(candidateId);
        heading.setText(getTranslation("crawl.candidate.heading", c.getTitle()));
        origin.removeAll();
        origin.add(
                new Span(getTranslation("crawl.candidate.from") + " "),
                new Anchor(c.getSourceUrl(), c.getSourceUrl()),
                new Span(" · " + CrawlTexts.candidateState(this, c.getState())));
        unknown.setText(
                c.getUnknownLabels().isEmpty()
                        ? ""
                        : getTranslation("crawl.candidate.unknown", String.join(", ", c.getUnknownLabels())));
        unknown.setVisible(!c.getUnknownLabels().isEmpty());
        reports.show(candidates.reports(candidateId));
        title.setValue(c.getTitle());
        summary.setValue(c.getSummary());
        description.setValue(c.getDescription());
        organisation.setValue(c.getOrganisation() == null ? "" : c.getOrganisation());
        state.setValue(c.getRegion() == null ? "" : c.getRegion());
        phase.setValue(c.getPhase());
        discontinuedReason.setValue(c.getDiscontinuedReason() == null ? "" : c.getDiscontinuedReason());
        discontinuedReason.setVisible(c.getPhase() == Phase.DISCONTINUED);
        Set<String> codes = new HashSet<>(c.getInnovationFields());
        fields.setValue(catalogue.concepts(ConceptScheme.INNOVATION_FIELD).stream()
                .filter(f -> codes.contains(f.getCode()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<String> allKeywords = new java.util.ArrayList<>(c.getKeywords());
        c.getUnknownLabels().stream().filter(l -> !allKeywords.contains(l)).forEach(allKeywords::add);
        keywords.setValue(String.join(", ", allKeywords));
        contact.setValue(c.getContact() == null ? "" : c.getContact());
        alsoAt.setText(
                c.getAlsoAt().isEmpty()
                        ? ""
                        : getTranslation("crawl.candidate.alsoAt", String.join(", ", c.getAlsoAt())));
        alsoAt.setVisible(!c.getAlsoAt().isEmpty());
        showResemblance(c);
        List<FieldChange> changes = candidates.diff(candidateId);
        take.clear();
        changes.stream().filter(FieldChange::takenByDefault).forEach(ch -> take.add(ch.field()));
        diff.setItems(changes);
        diffSection.setVisible(!changes.isEmpty());
        buttons.setVisible(c.getState() == CandidateState.PENDING);
    }

    private void showResemblance(ImportCandidate c) {
        resemblance = c.getState() == CandidateState.PENDING
                        && candidates.existingEntry(c).isEmpty()
                ? candidates.resemblance(c).orElse(null)
                : null;
        resembles.setVisible(resemblance != null);
        duplicate.clear();
        if (resemblance == null) return;
        boolean entry = resemblance.kind() == Resemblance.Kind.ENTRY;
        String title;
        String href;
        if (entry) {
            Practice resembled = candidates.resembledEntry(resemblance);
            title = resembled.getTitle();
            href = "practices/" + resembled.getSlug();
        } else {
            title = candidates.get(resemblance.id()).getTitle();
            href = CrawlRoutes.CANDIDATES + "/" + resemblance.id();
        }
        resemblesText.removeAll();
        String key = entry ? "crawl.candidate.resembles.entry" : "crawl.candidate.resembles.candidate";
        resemblesText.add(
                new Span(
                        resemblance.byDetails()
                                ? getTranslation(
                                                key + ".details",
                                                title,
                                                resemblance.percent(),
                                                String.join(", ", resemblance.shared()))
                                        + " "
                                : getTranslation(key, title, resemblance.percent()) + " "),
                new Anchor(href, getTranslation("crawl.candidate.resembles.open")));
        duplicate.setItems(
                entry
                        ? List.of(DuplicateChoice.UPDATE, DuplicateChoice.MERGE, DuplicateChoice.KEEP_BOTH)
                        : List.of(DuplicateChoice.MERGE, DuplicateChoice.KEEP_BOTH));
        duplicate.setItemLabelGenerator(choice -> getTranslation("crawl.candidate.duplicate." + choice.name()
                + (choice == DuplicateChoice.MERGE && !entry ? ".candidate" : "")));
    }

    private CandidateEdit edit() {
        return new CandidateEdit(
                title.getValue(),
                summary.getValue(),
                description.getValue(),
                organisation.getValue(),
                state.getValue(),
                null,
                null,
                phase.getValue(),
                discontinuedReason.getValue(),
                fields.getValue().stream().map(Concept::getCode).toList(),
                java.util.Arrays.stream(keywords.getValue().split(","))
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .toList(),
                contact.getValue());
    }

    private void accept() {
        if (resemblance != null && duplicate.getValue() == null) {
            duplicate.setErrorMessage(getTranslation("crawl.candidate.duplicate.required"));
            duplicate.setInvalid(true);
            duplicate.getElement().executeJs("this.focus()");
            return;
        }
        if (resemblance != null
                && resemblance.kind() == Resemblance.Kind.CANDIDATE
                && duplicate.getValue() == DuplicateChoice.MERGE) {
            mergeIntoCandidate();
            return;
        }
        LocaleContextHolder.setLocale(getLocale());
        try {
            Practice practice = candidates.accept(
                    candidateId, edit(), Set.copyOf(take), resemblance == null ? null : duplicate.getValue());
            Notification.show(
                            getTranslation("crawl.candidate.accepted", practice.getTitle()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("practices/" + practice.getSlug()));
        } catch (ConstraintViolationException e) {
            String problems = e.getConstraintViolations().stream()
                    .map(v -> getTranslation(labelKey(v), v.getPropertyPath()) + ": " + v.getMessage())
                    .collect(Collectors.joining("; "));
            Notification.show(getTranslation("crawl.candidate.invalid", problems), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ConflictException e) {
            refused(e);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static String labelKey(FieldChange change) {
        return CandidateField.byName(change.field())
                .map(CandidateField::labelKey)
                .orElseThrow(() -> new IllegalStateException("Unknown candidate field '" + change.field() + "'"));
    }

    /** The label of the entry's field a violation concerns, as far as the review shows that field. */
    private static String labelKey(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString().replaceFirst("[.\\[].*", "");
        if (path.equals("discontinuedReason")) return "crawl.field.discontinuedReason";
        return CandidateField.byName(path).map(CandidateField::labelKey).orElse("crawl.field.other");
    }

    private void mergeIntoCandidate() {
        ImportCandidate stays;
        try {
            stays = candidates.mergeIntoResembled(candidateId);
        } catch (ConflictException e) {
            refused(e);
            return;
        }
        Notification.show(
                        getTranslation("crawl.candidate.merged", stays.getTitle()),
                        5000,
                        Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(CrawlRoutes.CANDIDATES + "/" + stays.getId()));
    }

    private void reject() {
        try {
            candidates.reject(candidateId);
        } catch (ConflictException e) {
            refused(e);
            return;
        }
        Notification.show(getTranslation("crawl.candidate.rejected"), 4000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> ui.navigate(CrawlRoutes.CANDIDATES));
    }

    /**
     * The candidate's state forbids the step: decided meanwhile by someone else, or its entry has a
     * new version in progress. Said with the reason, and the page stays so nothing typed is lost.
     */
    private void refused(ConflictException e) {
        Notification.show(
                        getTranslation("crawl.candidate.refused", e.getMessage()), 10000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – smile exchange";
    }
}
