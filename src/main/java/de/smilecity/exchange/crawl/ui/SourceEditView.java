package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.crawl.ExtractionProfile;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
import de.smilecity.exchange.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Creates ({@code admin/sources/new}) and edits a partner source. Each problem is shown beside its
 * field; a source that points into the local network is saved, with a warning beside the checkbox.
 */
@Route(CrawlRoutes.SOURCES + "/:id/edit")
@RouteAlias(CrawlRoutes.SOURCES + "/new")
@RolesAllowed("EDITOR")
public class SourceEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PartnerSourceService sources;
    private final H1 heading = new H1();
    private final TextField name = new TextField();
    private final TextArea startUrls = new TextArea();
    private final TextField sitemapUrl = new TextField();
    private final TextArea allowedHosts = new TextArea();
    private final TextArea include = new TextArea();
    private final TextArea exclude = new TextArea();
    private final IntegerField maxPages = new IntegerField();
    private final IntegerField maxDepth = new IntegerField();
    private final IntegerField delayMs = new IntegerField();
    private final Paragraph localWarning = new Paragraph();
    private final Select<String> language = new Select<>();
    private final TextField schedule = new TextField();
    private final Map<String, TextField> selectors = new LinkedHashMap<>();
    private final TextArea phaseLabels = new TextArea();
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    private transient PartnerSource source = new PartnerSource();

    public SourceEditView(PartnerSourceService sources) {
        this.sources = sources;
        addClassName("page");
        add(heading, createForm(), createSelectors(), createButtons());
    }

    private FormLayout createForm() {
        label(name, "name", "crawl.source.name");
        label(startUrls, "startUrls", "crawl.source.startUrls");
        startUrls.setHelperText(getTranslation("crawl.source.onePerLine"));
        label(sitemapUrl, "sitemapUrl", "crawl.source.sitemapUrl");
        label(allowedHosts, "allowedHosts", "crawl.source.allowedHosts");
        allowedHosts.setHelperText(getTranslation("crawl.source.allowedHosts.help"));
        label(include, "include", "crawl.source.include");
        include.setHelperText(getTranslation("crawl.source.include.help"));
        label(exclude, "exclude", "crawl.source.exclude");
        exclude.setHelperText(getTranslation("crawl.source.patterns.help"));
        label(maxPages, "maxPages", "crawl.source.maxPages");
        maxPages.setMin(1);
        maxPages.setMax(PartnerSource.MAX_PAGES_LIMIT);
        label(maxDepth, "maxDepth", "crawl.source.maxDepth");
        label(delayMs, "delayMs", "crawl.source.delayMs");
        delayMs.setHelperText(getTranslation("crawl.source.delayMs.help"));
        // Whether the crawler may reach the local network is the installation's setting, not the
        // source's; the form only warns of addresses a crawl here would refuse.
        startUrls.addValueChangeListener(e -> showLocalWarnings());
        sitemapUrl.addValueChangeListener(e -> showLocalWarnings());
        localWarning.setId("local-warning");
        localWarning.addClassName("field-warning");
        language.setLabel(getTranslation("crawl.source.language"));
        List<String> languages = new ArrayList<>(List.of("")); // empty: the page's own language
        languages.addAll(Language.codes());
        language.setItems(languages);
        language.setItemLabelGenerator(
                l -> l.isEmpty() ? getTranslation("crawl.source.language.page") : getTranslation("language." + l));
        label(schedule, "schedule", "crawl.source.schedule");
        schedule.setHelperText(getTranslation("crawl.source.schedule.help"));
        byField.put("language", language);
        FormLayout form = new FormLayout(
                name,
                startUrls,
                sitemapUrl,
                allowedHosts,
                include,
                exclude,
                maxPages,
                maxDepth,
                delayMs,
                language,
                schedule,
                localWarning);
        form.setColspan(name, 2);
        return form;
    }

    private Div createSelectors() {
        FormLayout form = new FormLayout();
        for (String field : ExtractionProfile.FIELDS) {
            TextField selector = new TextField();
            label(selector, "fields." + field, "crawl.field." + field);
            selectors.put(field, selector);
            form.add(selector);
        }
        label(phaseLabels, "phaseLabels", "crawl.source.phaseLabels");
        phaseLabels.setHelperText(getTranslation("crawl.source.phaseLabels.help"));
        form.add(phaseLabels);
        return new Div(
                new H2(getTranslation("crawl.source.profile")),
                new Paragraph(getTranslation("crawl.source.profile.help")),
                form);
    }

    private HorizontalLayout createButtons() {
        Button save = new Button(getTranslation("crawl.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-source");
        Button cancel = new Button(
                getTranslation("crawl.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(CrawlRoutes.SOURCES)));
        return new HorizontalLayout(save, cancel);
    }

    private <C extends com.vaadin.flow.component.Component & HasValidation> void label(
            C field, String path, String key) {
        field.getElement().setProperty("label", getTranslation(key));
        field.setId(path.replace('.', '-'));
        byField.put(path, field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        source = id.map(i -> sources.get(Long.parseLong(i))).orElseGet(PartnerSource::new);
        heading.setText(
                id.isEmpty()
                        ? getTranslation("crawl.source.new")
                        : getTranslation("crawl.source.edit", source.getName()));
        show(source);
    }

    private void show(PartnerSource s) {
        name.setValue(s.getName());
        startUrls.setValue(String.join("\n", s.getStartUrls()));
        sitemapUrl.setValue(s.getSitemapUrl() == null ? "" : s.getSitemapUrl());
        allowedHosts.setValue(String.join("\n", s.getAllowedHosts()));
        include.setValue(String.join("\n", s.getInclude()));
        exclude.setValue(String.join("\n", s.getExclude()));
        maxPages.setValue(s.getMaxPages());
        maxDepth.setValue(s.getMaxDepth());
        delayMs.setValue(s.getDelayMs());
        language.setValue(s.getLanguage() == null ? "" : s.getLanguage());
        schedule.setValue(s.getSchedule() == null ? "" : s.getSchedule());
        selectors.forEach((field, box) ->
                box.setValue(Optional.ofNullable(s.getFields().get(field)).orElse("")));
        StringBuilder labels = new StringBuilder();
        s.getPhaseLabels()
                .forEach((label, phase) ->
                        labels.append(label).append(" = ").append(phase.name()).append('\n'));
        phaseLabels.setValue(labels.toString().strip());
        showLocalWarnings();
    }

    private boolean read(PartnerSource s) {
        s.setName(name.getValue().strip());
        s.setStartUrls(lines(startUrls.getValue()));
        s.setSitemapUrl(sitemapUrl.getValue());
        s.setAllowedHosts(lines(allowedHosts.getValue()));
        s.setInclude(lines(include.getValue()));
        s.setExclude(lines(exclude.getValue()));
        s.setMaxPages(maxPages.getValue() == null ? 0 : maxPages.getValue());
        s.setMaxDepth(maxDepth.getValue() == null ? -1 : maxDepth.getValue());
        s.setDelayMs(delayMs.getValue() == null ? -1 : delayMs.getValue());
        s.setLanguage(language.getValue());
        s.setSchedule(schedule.getValue());
        ExtractionProfile profile = new ExtractionProfile();
        selectors.forEach((field, box) -> profile.set(field, box.getValue()));
        s.setFields(profile);
        Map<String, Phase> labels = new LinkedHashMap<>();
        for (String line : lines(phaseLabels.getValue())) {
            int eq = line.lastIndexOf('=');
            Optional<Phase> phase = eq < 0
                    ? Optional.empty()
                    : Arrays.stream(Phase.values())
                            .filter(p -> p.name()
                                    .equalsIgnoreCase(line.substring(eq + 1).strip()))
                            .findFirst();
            if (phase.isEmpty() || line.substring(0, eq).isBlank()) {
                phaseLabels.setErrorMessage(
                        getTranslation("crawl.source.phaseLabels.invalid", line, Arrays.toString(Phase.values())));
                phaseLabels.setInvalid(true);
                return false;
            }
            labels.put(line.substring(0, eq).strip(), phase.get());
        }
        s.setPhaseLabels(labels);
        return true;
    }

    private void save() {
        byField.values().forEach(f -> f.setInvalid(false));
        if (!read(source)) return;
        LocaleContextHolder.setLocale(getLocale());
        try {
            PartnerSource saved = sources.save(source);
            Notification.show(
                            getTranslation("crawl.source.saved", saved.getName()),
                            4000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(CrawlRoutes.SOURCES));
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                HasValidation field = byField.getOrDefault(path, byField.get(path.replaceFirst("\\[.*", "")));
                if (field == null) field = name;
                field.setErrorMessage(v.getMessage());
                field.setInvalid(true);
            }
            Notification.show(getTranslation("crawl.source.invalid"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private void showLocalWarnings() {
        PartnerSource probe = new PartnerSource();
        probe.setStartUrls(lines(startUrls.getValue()));
        probe.setSitemapUrl(sitemapUrl.getValue());
        List<String> warnings = sources.addressWarnings(probe);
        localWarning.setText(
                warnings.isEmpty() ? "" : getTranslation("crawl.source.localWarning", String.join("; ", warnings)));
        localWarning.setVisible(!warnings.isEmpty());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – smile exchange";
    }
}
