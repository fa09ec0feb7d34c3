package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.TextSection;
import de.smilecity.exchange.shared.Language;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The edit form of an entry. Its rules are the entity's Bean Validation constraints (through
 * {@link BeanValidationBinder}) plus the entity's own cross-field rules, so the form says exactly
 * what the API and the service would say, at the field concerned. It only fires events; the view
 * saves.
 */
public class PracticeForm extends Div {

    /** What the pickers and selects offer. */
    public record Choices(
            List<Organisation> organisations,
            Function<ConceptScheme, List<Concept>> concepts,
            List<String> knownKeywords,
            List<String> knownTechnologies,
            boolean mayFeature) {}

    private final BeanValidationBinder<Practice> binder = new BeanValidationBinder<>(Practice.class);
    private final Map<String, HasValidation> fieldsByProperty = new HashMap<>();
    private final Paragraph formError = new Paragraph();

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    // Required choices among few values are radio groups: all choices in view, and a radiogroup may
    // say it is required, which the value button of a select may not (axe: aria-allowed-attr).
    private final RadioButtonGroup<PracticeKind> kind = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final RadioButtonGroup<Phase> phase = new RadioButtonGroup<>();
    private final IntegerField startYear = new IntegerField();
    private final IntegerField endYear = new IntegerField();
    private final TextArea discontinuedReason = new TextArea();
    private final DatePicker lastVerifiedOn = new DatePicker();
    private final Checkbox featured = new Checkbox();
    private final MultiSelectComboBox<Concept> innovationFields = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Concept> pillars = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Concept> sdgs = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Concept> targetGroups = new MultiSelectComboBox<>();
    private final TagInput technologies;
    private final TagInput keywords;
    private final List<MarkdownEditor> texts = new ArrayList<>();
    private final BigDecimalField costAmount = new BigDecimalField();
    private final TextField costCurrency = new TextField();
    private final TextField funding = new TextField();
    private final ListEditor<ProcessStep> steps;
    private final ListEditor<Contact> contacts;
    private final ListEditor<Indicator> indicators;
    private final ListEditor<Link> links;
    private final Div adaptation = new Div();
    private Practice practice = new Practice();
    private final HorizontalLayout buttons = new HorizontalLayout();

    /** What the person wants when they save: keep a draft, send it to review, or (editors) publish. */
    public enum Intent {
        SAVE("save", "form.save"),
        SUBMIT("save-submit", "form.save.submit"),
        PUBLISH("save-publish", "form.save.publish");

        private final String id;
        private final String label;

        Intent(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    public PracticeForm(Choices choices) {
        addClassName("practice-form");
        // Mark @NotBlank fields as required too, not only @NotNull and @Size(min) ones.
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain((annotation, binding) ->
                annotation.annotationType().equals(jakarta.validation.constraints.NotBlank.class)));
        technologies = new TagInput(getTranslation("form.technologies"), choices.knownTechnologies());
        keywords = new TagInput(getTranslation("form.keywords"), choices.knownKeywords());
        steps = new ListEditor<>(
                ProcessStep.class,
                ProcessStep::new,
                "step",
                Practice.MAX_PROCESS_STEPS,
                "practice.steps.size",
                PracticeForm::stepFields);
        contacts = new ListEditor<>(
                Contact.class,
                Contact::new,
                "contact",
                Practice.MAX_CONTACTS,
                "practice.contacts.size",
                PracticeForm::contactFields);
        indicators = new ListEditor<>(
                Indicator.class,
                Indicator::new,
                "indicator",
                Practice.MAX_INDICATORS,
                "practice.indicators.size",
                PracticeForm::indicatorFields);
        links = new ListEditor<>(
                Link.class, Link::new, "link", Practice.MAX_LINKS, "practice.links.size", PracticeForm::linkFields);
        // A limit the service finds is shown under its list, like the rows' own messages at their fields.
        fieldsByProperty.put("processSteps", steps);
        fieldsByProperty.put("contacts", contacts);
        fieldsByProperty.put("indicators", indicators);
        fieldsByProperty.put("links", links);

        formError.setId("form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        add(formError);
        add(heading("form.section.basics"), basics(choices));
        add(adaptation());
        add(heading("form.section.classification"), classification(choices));
        add(heading("form.section.content"), content());
        add(heading("form.section.steps"), steps);
        add(heading("form.section.costs"), costs());
        add(heading("form.section.contacts"), contacts);
        add(heading("form.section.indicators"), indicators);
        add(heading("form.section.links"), links);
        buttons.addClassName(LumoUtility.Margin.Vertical.LARGE);
        buttons.setWrap(true);
        setIntents(List.of(Intent.SAVE));
        add(buttons);
    }

    private FormLayout basics(Choices choices) {
        title.setLabel(getTranslation("form.title"));
        title.setId("title");
        title.setValueChangeMode(ValueChangeMode.EAGER);
        summary.setLabel(getTranslation("form.summary"));
        summary.setId("summary");
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        // No maxlength: a pasted longer text must stay visible with its message, not be cut silently.
        summary.addValueChangeListener(e -> summaryCounter());
        kind.setLabel(getTranslation("form.kind"));
        kind.setId("kind");
        kind.setItemLabelGenerator(k -> Labels.kind(this, k));
        language.setLabel(getTranslation("form.language"));
        language.setId("language");
        language.setItems(Language.codes());
        language.setItemLabelGenerator(code -> Labels.language(this, code));
        organisation.setLabel(getTranslation("form.organisation"));
        organisation.setItems(choices.organisations());
        // A contributor writes for their own organisation only: shown, not chosen.
        organisation.setReadOnly(choices.organisations().size() == 1);
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setId("organisation");
        phase.setLabel(getTranslation("form.phase"));
        phase.setId("phase");
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> Labels.phase(this, p));
        startYear.setLabel(getTranslation("form.startYear"));
        startYear.setId("startYear");
        endYear.setLabel(getTranslation("form.endYear"));
        endYear.setId("endYear");
        discontinuedReason.setLabel(getTranslation("form.discontinuedReason"));
        discontinuedReason.setId("discontinuedReason");
        lastVerifiedOn.setLabel(getTranslation("form.lastVerifiedOn"));
        featured.setLabel(getTranslation("form.featured"));
        featured.setVisible(choices.mayFeature());

        bind(title, "title");
        bind(summary, "summary");
        binder.forField(kind).asRequired().bind("kind");
        binder.forField(language).asRequired().bind("language");
        bind(organisation, "organisation");
        binder.forField(phase).asRequired().bind("phase");
        bind(startYear, "startYear");
        // Cross-field rules: the entity's own predicates with the entity's own messages.
        binder.forField(endYear)
                .withValidator(
                        end -> Practice.isYearRangeValid(startYear.getValue(), end),
                        ValidationTexts.get(getLocale(), "practice.endYear.beforeStart"))
                .bind("endYear");
        fieldsByProperty.put("endYear", endYear);
        binder.forField(discontinuedReason)
                .withNullRepresentation("")
                .withValidator(
                        reason -> Practice.isDiscontinuedReasonGiven(phase.getValue(), reason),
                        ValidationTexts.get(getLocale(), "practice.discontinuedReason.required"))
                .bind("discontinuedReason");
        fieldsByProperty.put("discontinuedReason", discontinuedReason);
        startYear.addValueChangeListener(e -> binder.validate());
        phase.addValueChangeListener(e -> {
            discontinuedReason.setVisible(e.getValue() == Phase.DISCONTINUED);
            if (e.isFromClient()) binder.validate();
        });
        bind(lastVerifiedOn, "lastVerifiedOn");
        binder.forField(featured).bind("featured");

        FormLayout layout = new FormLayout(
                title, kind, language, organisation, phase, startYear, endYear, lastVerifiedOn, featured);
        layout.addComponentAtIndex(1, summary);
        layout.add(discontinuedReason);
        layout.setColspan(title, 2);
        layout.setColspan(summary, 2);
        layout.setColspan(discontinuedReason, 2);
        return layout;
    }

    private FormLayout classification(Choices choices) {
        picker(innovationFields, "form.innovationFields", "innovationFields", choices, ConceptScheme.INNOVATION_FIELD);
        picker(pillars, "form.pillars", "pillars", choices, ConceptScheme.SMILE_PILLAR);
        picker(sdgs, "form.sdgs", "sdgs", choices, ConceptScheme.SDG);
        picker(targetGroups, "form.targetGroups", "targetGroups", choices, ConceptScheme.TARGET_GROUP);
        technologies.setHelperText(getTranslation("form.tags.help"));
        keywords.setHelperText(getTranslation("form.tags.help"));
        keywords.setId("keywords");
        binder.forField(technologies)
                .withConverter(set -> List.copyOf(set), list -> new LinkedHashSet<>(list))
                .bind("technologies");
        binder.forField(keywords)
                .withConverter(set -> List.copyOf(set), list -> new LinkedHashSet<>(list))
                .bind("keywords");
        fieldsByProperty.put("technologies", technologies);
        fieldsByProperty.put("keywords", keywords);
        return new FormLayout(innovationFields, pillars, sdgs, targetGroups, technologies, keywords);
    }

    private void picker(
            MultiSelectComboBox<Concept> box, String labelKey, String property, Choices choices, ConceptScheme scheme) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(choices.concepts().apply(scheme));
        box.setItemLabelGenerator(c -> Labels.concept(this, c));
        box.setId(property);
        binder.forField(box).bind(property);
        fieldsByProperty.put(property, box);
    }

    private Div content() {
        Div content = new Div();
        for (TextSection section : TextSection.values()) {
            MarkdownEditor editor = new MarkdownEditor(getTranslation(section.labelKey()), section.property());
            bind(editor.area(), section.property());
            texts.add(editor);
            content.add(editor);
        }
        return content;
    }

    /**
     * What an adaptation changed against its original, asked one aspect at a time: another city
     * learns most from these answers. Shown for adaptations only.
     */
    private Div adaptation() {
        adaptation.setId("adaptation-section");
        adaptation.add(heading("form.section.adaptation"));
        Paragraph lead = new Paragraph(getTranslation("form.adaptation.lead"));
        lead.addClassNames(LumoUtility.TextColor.SECONDARY);
        adaptation.add(lead);
        FormLayout answers = new FormLayout();
        for (String aspect : List.of("scope", "technology", "governance", "budget")) {
            TextArea answer = new TextArea(getTranslation("form.adaptation." + aspect));
            answer.setHelperText(getTranslation("form.adaptation." + aspect + ".help"));
            answer.setId("adaptation-" + aspect);
            bind(answer, "adaptationChanges." + aspect);
            answers.add(answer);
        }
        adaptation.add(answers);
        MarkdownEditor notes = new MarkdownEditor(getTranslation("form.adaptation.notes"), "adaptationNotes");
        bind(notes.area(), "adaptationNotes");
        texts.add(notes);
        adaptation.add(notes);
        return adaptation;
    }

    private FormLayout costs() {
        costAmount.setLabel(getTranslation("form.costAmount"));
        costCurrency.setLabel(getTranslation("form.costCurrency"));
        costCurrency.setPlaceholder("EUR");
        funding.setLabel(getTranslation("form.funding"));
        binder.forField(costAmount).bind("costs.amount");
        binder.forField(costCurrency).withNullRepresentation("").bind("costs.currency");
        binder.forField(funding).withNullRepresentation("").bind("costs.fundingProgramme");
        fieldsByProperty.put("costs.amount", costAmount);
        fieldsByProperty.put("costs.currency", costCurrency);
        fieldsByProperty.put("costs.fundingProgramme", funding);
        FormLayout layout = new FormLayout(costAmount, costCurrency, funding);
        layout.setColspan(funding, 2);
        return layout;
    }

    /** The save buttons to offer, the first one as the primary button; always followed by cancel. */
    public void setIntents(List<Intent> intents) {
        buttons.removeAll();
        for (Intent intent : intents) {
            Button button = new Button(getTranslation(intent.label), e -> save(intent));
            button.setId(intent.id);
            if (intent == intents.getFirst()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(button);
        }
        Button cancel = new Button(getTranslation("form.cancel"), e -> fireEvent(new CancelEvent(this)));
        cancel.setId("cancel");
        buttons.add(cancel);
    }

    /** Binds a field to a property that is never null (texts are empty strings, not null). */
    private void bind(com.vaadin.flow.component.HasValue<?, ?> field, String property) {
        binder.forField(field).bind(property);
        if (field instanceof HasValidation validated) {
            fieldsByProperty.put(property, validated);
        }
    }

    private H2 heading(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        return heading;
    }

    private void summaryCounter() {
        int length = summary.getValue() == null ? 0 : summary.getValue().length();
        summary.setHelperText(getTranslation("form.counter", length, Practice.SUMMARY_MAX_LENGTH));
    }

    /** Shows an entry in the form; the form edits this very object. */
    public void setPractice(Practice practice) {
        this.practice = practice;
        List<PracticeKind> kinds = practice.getKind() == PracticeKind.ADAPTATION
                ? List.of(PracticeKind.ADAPTATION)
                : List.of(PracticeKind.PRACTICE, PracticeKind.TEMPLATE);
        kind.setItems(kinds);
        adaptation.setVisible(practice.getKind() == PracticeKind.ADAPTATION);
        binder.setBean(practice);
        steps.setItems(practice.getProcessSteps());
        contacts.setItems(practice.getContacts());
        indicators.setItems(practice.getIndicators());
        links.setItems(practice.getLinks());
        discontinuedReason.setVisible(practice.getPhase() == Phase.DISCONTINUED);
        summaryCounter();
    }

    /** Validates everything; on success writes the lists into the entry and fires a {@link SaveEvent}. */
    void save() {
        save(Intent.SAVE);
    }

    void save(Intent intent) {
        formError.setVisible(false);
        boolean valid = binder.validate().isOk();
        valid &= steps.validate();
        valid &= contacts.validate();
        valid &= indicators.validate();
        valid &= links.validate();
        if (!valid) {
            showFormError(getTranslation("form.invalid"));
            return;
        }
        practice.setProcessSteps(steps.getItems());
        practice.setContacts(contacts.getItems());
        practice.setIndicators(indicators.getItems());
        practice.setLinks(links.getItems());
        fireEvent(new SaveEvent(this, practice, intent));
    }

    /** Shows rule violations that the service found at their fields, and the rest above the form. */
    public void showViolations(Set<? extends ConstraintViolation<?>> violations) {
        List<String> unplaced = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            HasValidation field =
                    fieldsByProperty.get(violation.getPropertyPath().toString());
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            } else {
                unplaced.add(violation.getPropertyPath() + ": " + violation.getMessage());
            }
        }
        showFormError(
                unplaced.isEmpty()
                        ? getTranslation("form.invalid")
                        : getTranslation("form.invalid") + " " + String.join("; ", unplaced));
    }

    public void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The entry passed the form's checks and should be stored. */
    public static class SaveEvent extends ComponentEvent<PracticeForm> {
        private final Practice practice;
        private final Intent intent;

        SaveEvent(PracticeForm source, Practice practice, Intent intent) {
            super(source, false);
            this.practice = practice;
            this.intent = intent;
        }

        public Practice practice() {
            return practice;
        }

        public Intent intent() {
            return intent;
        }
    }

    public static class CancelEvent extends ComponentEvent<PracticeForm> {
        CancelEvent(PracticeForm source) {
            super(source, false);
        }
    }

    private static void stepFields(FormLayout layout, BeanValidationBinder<ProcessStep> binder) {
        TextField stepTitle = new TextField(layout.getTranslation("step.title"));
        TextArea description = new TextArea(layout.getTranslation("step.description"));
        binder.forField(stepTitle).bind("title");
        binder.forField(description).bind("description");
        layout.add(stepTitle, description);
        layout.setColspan(description, 2);
    }

    private static void contactFields(FormLayout layout, BeanValidationBinder<Contact> binder) {
        TextField name = new TextField(layout.getTranslation("contact.name"));
        TextField role = new TextField(layout.getTranslation("contact.role"));
        TextField org = new TextField(layout.getTranslation("contact.organisation"));
        TextField email = new TextField(layout.getTranslation("contact.email"));
        TextField phone = new TextField(layout.getTranslation("contact.phone"));
        Checkbox isPublic = new Checkbox(layout.getTranslation("contact.public"));
        binder.forField(name).withNullRepresentation("").bind("name");
        binder.forField(role).bind("role");
        binder.forField(org).withNullRepresentation("").bind("organisation");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(isPublic).bind("publicContact");
        layout.add(role, name, org, email, phone, isPublic);
    }

    private static void indicatorFields(FormLayout layout, BeanValidationBinder<Indicator> binder) {
        TextField name = new TextField(layout.getTranslation("indicator.name"));
        TextField unit = new TextField(layout.getTranslation("indicator.unit"));
        BigDecimalField baseline = new BigDecimalField(layout.getTranslation("indicator.baseline"));
        BigDecimalField target = new BigDecimalField(layout.getTranslation("indicator.target"));
        BigDecimalField value = new BigDecimalField(layout.getTranslation("indicator.value"));
        DatePicker measuredOn = new DatePicker(layout.getTranslation("indicator.measuredOn"));
        binder.forField(name).bind("name");
        binder.forField(unit).withNullRepresentation("").bind("unit");
        binder.forField(baseline).bind("baseline");
        binder.forField(target).bind("target");
        binder.forField(value).bind("value");
        binder.forField(measuredOn).bind("measuredOn");
        layout.add(name, unit, baseline, target, value, measuredOn);
    }

    private static void linkFields(FormLayout layout, BeanValidationBinder<Link> binder) {
        TextField linkTitle = new TextField(layout.getTranslation("link.title"));
        TextField url = new TextField(layout.getTranslation("link.url"));
        url.setPlaceholder("https://");
        RadioButtonGroup<LinkType> type = new RadioButtonGroup<>();
        type.setLabel(layout.getTranslation("link.type"));
        type.setItems(LinkType.values());
        type.setItemLabelGenerator(t -> layout.getTranslation("linkType." + t.name()));
        Select<String> lang = new Select<>();
        lang.setLabel(layout.getTranslation("link.language"));
        lang.setItems(Language.codes());
        lang.setEmptySelectionAllowed(true);
        lang.setItemLabelGenerator(code -> code == null ? "" : layout.getTranslation("language." + code));
        binder.forField(linkTitle).bind("title");
        binder.forField(url).bind("url");
        binder.forField(type).bind("type");
        binder.forField(lang).bind("language");
        layout.add(linkTitle, url, type, lang);
    }
}
