package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Completeness;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.TextSection;
import de.smilecity.exchange.security.CurrentUser;
import java.util.List;
import java.util.function.Function;

/** One entry with every filled field, in its own language; shareable at {@code /practices/{slug}}. */
@Route(Routes.CATALOGUE + "/:slug")
@AnonymousAllowed
public class PracticeDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogueService catalogue;
    private final transient CurrentUser user;
    private final transient List<PracticeDetailExtension> extensions;
    private String title = "";

    public PracticeDetailView(CatalogueService catalogue, CurrentUser user, List<PracticeDetailExtension> extensions) {
        this.catalogue = catalogue;
        this.user = user;
        this.extensions = extensions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Practice practice = catalogue.getPublished(slug);
        title = practice.getTitle();
        removeAll();
        render(practice);
    }

    private void render(Practice p) {
        Organisation org = p.owner();
        add(breadcrumb(org, p));
        Div entry = new Div();
        entry.getElement().setAttribute("lang", p.getLanguage());
        H1 heading = new H1(p.getTitle());
        Paragraph lead = new Paragraph(p.getSummary());
        lead.addClassNames(LumoUtility.FontSize.LARGE);
        lead.setId("summary");
        entry.add(heading, badges(p), lead);
        entry.add(actions(p));
        entry.add(facts(p), classification(p));
        for (TextSection section : TextSection.values()) {
            markdownSection(entry, section.labelKey(), section.property(), section.of(p));
        }
        steps(entry, p);
        adaptation(entry, p);
        entry.add(new IndicatorTable(p.getIndicators()).inSection(this));
        contacts(entry, p);
        entry.add(new LinkList(p.getLinks()).inSection(this));
        entry.add(provenance(p));
        add(entry);
        for (PracticeDetailExtension extension : extensions) {
            extension.section(p).ifPresent(this::add);
        }
    }

    /** Edit for the people who may work on the entry; the version history for everybody. */
    private Component actions(Practice p) {
        Paragraph actions = new Paragraph();
        actions.addClassName("entry-actions");
        if (Audience.of(user.find(), p) == Audience.TEAM) {
            Anchor edit = new Anchor(Routes.editPractice(p.getSlug()), getTranslation("detail.edit"));
            edit.setId("edit-practice");
            actions.add(edit, new Span(" · "));
        }
        Anchor history = new Anchor(Routes.history(p.getSlug()), getTranslation("detail.history"));
        history.setId("practice-history");
        actions.add(history);
        for (PracticeDetailExtension extension : extensions) {
            for (Component action : extension.actions(p)) {
                actions.add(new Span(" · "), action);
            }
        }
        return actions;
    }

    private Component breadcrumb(Organisation org, Practice p) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("detail.breadcrumb"));
        nav.addClassNames(LumoUtility.FontSize.SMALL);
        nav.add(
                new Anchor(Routes.CATALOGUE, getTranslation("catalogue.title")), new Span(" › "),
                new Anchor(Routes.organisation(org.getSlug()), org.getName()), new Span(" › "));
        Span current = new Span(p.getTitle());
        current.getElement().setAttribute("aria-current", "page");
        nav.add(current);
        return nav;
    }

    private Component badges(Practice p) {
        Div badges = new Div(Tag.of(Labels.kind(this, p.getKind())), Tag.of(Labels.phase(this, p.getPhase())));
        if (p.isFeatured()) {
            badges.add(Tag.of(getTranslation("detail.featured")));
        }
        return badges;
    }

    private Component facts(Practice p) {
        Organisation org = p.owner();
        Facts facts = new Facts();
        facts.add(getTranslation("detail.organisation"), new Anchor(Routes.organisation(org.getSlug()), org.getName()));
        facts.addText(getTranslation("detail.state"), org.getState());
        facts.addText(getTranslation("detail.country"), org.getCountry());
        facts.addText(getTranslation("detail.sizeClass"), Labels.sizeClass(this, org.getSizeClass()));
        facts.addText(getTranslation("detail.phase"), Labels.phase(this, p.getPhase()));
        if (p.getStartYear() != null) {
            facts.addText(
                    getTranslation("detail.period"),
                    p.getStartYear() + " – "
                            + (p.getEndYear() == null ? getTranslation("detail.ongoing") : p.getEndYear()));
        }
        facts.addText(getTranslation("detail.discontinuedReason"), p.getDiscontinuedReason());
        if (p.getCosts().getAmount() != null) {
            facts.addText(
                    getTranslation("detail.costs"),
                    Labels.number(this, p.getCosts().getAmount()) + " "
                            + (p.getCosts().getCurrency() == null
                                    ? ""
                                    : p.getCosts().getCurrency()));
        }
        facts.addText(getTranslation("detail.funding"), p.getCosts().getFundingProgramme());
        facts.addText(getTranslation("detail.language"), Labels.language(this, p.getLanguage()));
        if (p.getLastVerifiedOn() != null) {
            facts.addText(getTranslation("detail.verified"), Labels.date(this, p.getLastVerifiedOn()));
        }
        facts.addText(getTranslation("detail.completeness"), Completeness.percent(p) + " %");
        Section section = section("detail.facts", "facts");
        section.add(facts);
        return section;
    }

    private Component classification(Practice p) {
        Facts facts = new Facts();
        tags(
                facts,
                "detail.fields",
                p.getConcepts(ConceptScheme.INNOVATION_FIELD),
                c -> Tag.link(Labels.concept(this, c), Routes.catalogueFiltered("field", c.getCode())));
        tags(facts, "detail.pillars", p.getConcepts(ConceptScheme.SMILE_PILLAR), c -> Tag.of(Labels.concept(this, c)));
        tags(facts, "detail.sdgs", p.getConcepts(ConceptScheme.SDG), c -> Tag.of(Labels.concept(this, c)));
        tags(
                facts,
                "detail.targetGroups",
                p.getConcepts(ConceptScheme.TARGET_GROUP),
                c -> Tag.of(Labels.concept(this, c)));
        tags(facts, "detail.technologies", p.getTechnologies(), Tag::of);
        tags(facts, "detail.keywords", p.getKeywords(), Tag::of);
        Section section = section("detail.classification", "classification");
        section.add(facts);
        return section;
    }

    private <T> void tags(Facts facts, String key, List<T> values, Function<T, Component> tag) {
        if (values.isEmpty()) return;
        Div tags = new Div();
        values.forEach(v -> tags.add(tag.apply(v)));
        facts.add(getTranslation(key), tags);
    }

    private void markdownSection(HasComponents parent, String key, String id, String markdown) {
        if (markdown.isBlank()) return;
        Section section = section(key, id);
        section.add(MarkdownView.of(markdown));
        parent.add(section);
    }

    private void steps(HasComponents parent, Practice p) {
        if (p.getProcessSteps().isEmpty()) return;
        Section section = section("detail.steps", "steps");
        OrderedList list = new OrderedList();
        for (ProcessStep step : p.getProcessSteps()) {
            ListItem item = new ListItem();
            Span stepTitle = new Span(step.getTitle());
            stepTitle.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            item.add(stepTitle);
            if (!step.getDescription().isBlank()) {
                item.add(MarkdownView.of(step.getDescription()));
            }
            list.add(item);
        }
        section.add(list);
        parent.add(section);
    }

    private void adaptation(HasComponents parent, Practice p) {
        Practice original = p.getAdaptedFrom();
        if (original == null) return;
        Section section = section("detail.adaptedFrom", "adapted-from");
        section.add(new Paragraph(
                new Anchor(Routes.practice(original.getSlug()), original.getTitle()),
                new Span(" (" + original.owner().getName() + ")")));
        Facts changes = new Facts();
        p.getAdaptationChanges()
                .byAspect()
                .forEach((aspect, answer) -> changes.addText(getTranslation("form.adaptation." + aspect), answer));
        changes.setId("adaptation-changes");
        section.add(changes);
        if (!p.getAdaptationNotes().isBlank()) {
            section.add(MarkdownView.of(p.getAdaptationNotes()));
        }
        parent.add(section);
    }

    private void contacts(HasComponents parent, Practice p) {
        List<Contact> visible = Audience.of(user.find(), p).contacts(p);
        if (visible.isEmpty()) return;
        Section section = section("detail.contacts", "contacts");
        UnorderedList list = new UnorderedList();
        for (Contact c : visible) {
            ListItem item = new ListItem();
            item.add(new Span(String.join(", ", nonBlank(c.getName(), c.getRole(), c.getOrganisation()))));
            if (c.getEmail() != null && !c.getEmail().isBlank()) {
                item.add(new Span(" · "), new Anchor("mailto:" + c.getEmail(), c.getEmail()));
            }
            if (c.getPhone() != null && !c.getPhone().isBlank()) {
                item.add(new Span(" · "), new Anchor("tel:" + c.getPhone().replaceAll("[^+0-9]", ""), c.getPhone()));
            }
            if (!c.isPublicContact()) {
                item.add(new Span(" "), Tag.of(getTranslation("detail.contact.membersOnly")));
            }
            list.add(item);
        }
        section.add(list);
        parent.add(section);
    }

    private Component provenance(Practice p) {
        Facts facts = new Facts();
        facts.addText(
                getTranslation("detail.origin"),
                getTranslation("origin." + p.getProvenance().getOrigin().name()));
        String source = p.getProvenance().getSourceUrl();
        if (source != null) {
            facts.add(getTranslation("detail.sourceUrl"), new Anchor(source, source));
        }
        facts.addText(getTranslation("detail.licence"), p.getProvenance().getLicence());
        if (p.getPublishedAt() != null) {
            facts.addText(getTranslation("detail.published"), Labels.date(this, p.getPublishedAt()));
        }
        facts.addText(getTranslation("detail.updated"), Labels.date(this, p.getUpdatedAt()));
        Section section = section("detail.provenance", "provenance");
        section.add(facts);
        return section;
    }

    private Section section(String key, String id) {
        H2 heading = new H2(getTranslation(key));
        heading.setId(id + "-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE);
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(s -> s != null && !s.isBlank())
                .toList();
    }

    @Override
    public String getPageTitle() {
        return title + " – smile exchange";
    }
}
