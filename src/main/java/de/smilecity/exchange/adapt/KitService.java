package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.ui.Translations;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the {@link Kit} of a published entry, in the entry's own language. */
@Service
public class KitService {

    static final List<String> HEADINGS = List.of(
            "kit.label",
            "kit.facts",
            "kit.summary",
            "kit.approach",
            "kit.steps",
            "kit.steps.none",
            "kit.prerequisites",
            "kit.indicators",
            "kit.contacts",
            "kit.sources",
            "kit.licence",
            "kit.lineage",
            "kit.generated",
            "kit.entry");

    private final CatalogueService catalogue;
    private final LineageService lineages;
    private final Translations translations;
    private final Clock clock;

    KitService(CatalogueService catalogue, LineageService lineages, Translations translations, Clock clock) {
        this.catalogue = catalogue;
        this.lineages = lineages;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * @param idOrSlug a published entry
     * @param baseUrl where the app is reached, for the link back to the entry (no trailing slash)
     */
    @Transactional(readOnly = true)
    public Kit of(String idOrSlug, String baseUrl) {
        Practice p = catalogue.getPublished(idOrSlug);
        Locale locale = Language.ofCode(p.getLanguage()).locale();
        Lineage lineage = lineages.of(Objects.requireNonNull(p.getId()));
        Map<String, String> headings = new LinkedHashMap<>();
        HEADINGS.forEach(key -> headings.put(key.substring("kit.".length()), t(locale, key)));
        return new Kit(
                p.getLanguage(),
                p.getSlug(),
                p.getTitle(),
                t(locale, "kind." + p.getKind().name()),
                p.owner().getName(),
                baseUrl + "/practices/" + p.getSlug(),
                LocalDate.now(clock),
                headings,
                facts(p, locale),
                p.getSummary(),
                p.getApproach(),
                p.getProcessSteps().stream()
                        .map(s -> new Kit.Step(s.getTitle(), s.getDescription()))
                        .toList(),
                p.getPrerequisites(),
                p.getIndicators().stream().map(i -> indicator(i, locale)).toList(),
                // A kit is passed on: it is written for anyone, whoever downloads it.
                Audience.PUBLIC.contacts(p).stream().map(KitService::contact).toList(),
                sources(p, locale),
                p.getProvenance().getLicence(),
                lineage(lineage, locale));
    }

    private List<Kit.Fact> facts(Practice p, Locale locale) {
        Organisation org = p.owner();
        List<Kit.Fact> facts = new ArrayList<>();
        fact(facts, t(locale, "detail.organisation"), org.getName());
        fact(facts, t(locale, "detail.state"), org.getState());
        fact(facts, t(locale, "detail.country"), Locale.of("", org.getCountry()).getDisplayCountry(locale));
        fact(
                facts,
                t(locale, "detail.sizeClass"),
                t(locale, "sizeClass." + org.getSizeClass().name()));
        if (org.getPopulation() != null) {
            fact(
                    facts,
                    t(locale, "kit.population"),
                    NumberFormat.getIntegerInstance(locale).format(org.getPopulation()));
        }
        fact(facts, t(locale, "detail.phase"), t(locale, "phase." + p.getPhase().name()));
        if (p.getStartYear() != null) {
            fact(
                    facts,
                    t(locale, "detail.period"),
                    p.getStartYear() + " – " + (p.getEndYear() == null ? t(locale, "detail.ongoing") : p.getEndYear()));
        }
        fact(facts, t(locale, "detail.costs"), Figures.costs(p.getCosts(), locale));
        fact(facts, t(locale, "detail.funding"), p.getCosts().getFundingProgramme());
        fact(facts, t(locale, "detail.technologies"), String.join(", ", p.getTechnologies()));
        fact(facts, t(locale, "detail.keywords"), String.join(", ", p.getKeywords()));
        return facts;
    }

    private static void fact(List<Kit.Fact> facts, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) facts.add(new Kit.Fact(label, value));
    }

    private String indicator(Indicator i, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        String unit = i.getUnit() == null || i.getUnit().isBlank() ? "" : " " + i.getUnit();
        List<String> parts = new ArrayList<>();
        if (i.getBaseline() != null)
            parts.add(t(locale, "kit.indicator.baseline") + " " + numbers.format(i.getBaseline()) + unit);
        if (i.getTarget() != null)
            parts.add(t(locale, "kit.indicator.target") + " " + numbers.format(i.getTarget()) + unit);
        if (i.getValue() != null)
            parts.add(t(locale, "kit.indicator.value") + " " + numbers.format(i.getValue()) + unit);
        return parts.isEmpty() ? i.getName() : i.getName() + ": " + String.join(", ", parts);
    }

    private static String contact(Contact c) {
        return Stream.of(c.getName(), c.getRole(), c.getOrganisation(), c.getEmail(), c.getPhone())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    private List<Kit.Source> sources(Practice p, Locale locale) {
        List<Kit.Source> sources = new ArrayList<>();
        String source = p.getProvenance().getSourceUrl();
        if (source != null && !source.isBlank()) sources.add(new Kit.Source(t(locale, "detail.sourceUrl"), source));
        for (Link link : p.getLinks()) {
            sources.add(new Kit.Source(link.getTitle(), link.getUrl()));
        }
        return sources;
    }

    private List<String> lineage(Lineage lineage, Locale locale) {
        List<String> lines = new ArrayList<>();
        Lineage.Node from = lineage.adaptedFrom();
        if (from != null) {
            lines.add(t(locale, "kit.lineage.from", from.title(), from.organisationName()));
        }
        if (lineage.adopters().isEmpty()) {
            lines.add(t(locale, "kit.lineage.none"));
        } else {
            lines.add(t(
                    locale,
                    "kit.lineage.by",
                    lineage.adoptionCount(),
                    lineage.adopters().stream()
                            .map(a -> a.organisationName() + " ("
                                    + t(locale, "sizeClass." + a.sizeClass().name())
                                    + (a.state() == null ? "" : ", " + a.state()) + ")")
                            .collect(Collectors.joining("; "))));
        }
        return lines;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
