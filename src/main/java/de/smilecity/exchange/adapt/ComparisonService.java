package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.Markdown;
import de.smilecity.exchange.ui.Translations;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts two to four published entries side by side, aspect by aspect, marking where they differ. */
@Service
public class ComparisonService {

    static final List<String> ASPECTS = List.of(
            "organisation",
            "sizeClass",
            "state",
            "kind",
            "phase",
            "costs",
            "duration",
            "indicators",
            "prerequisites",
            "technologies",
            "lineage");

    /** The aspects whose values are the entries' own words, not labels in the reader's language. */
    static final Set<String> IN_ENTRY_LANGUAGE = Set.of("indicators", "prerequisites", "technologies");

    private final CatalogueService catalogue;
    private final LineageService lineages;
    private final Translations translations;

    ComparisonService(CatalogueService catalogue, LineageService lineages, Translations translations) {
        this.catalogue = catalogue;
        this.lineages = lineages;
        this.translations = translations;
    }

    /**
     * @param idsOrSlugs two to four different published entries
     * @throws BadRequestException (parameter {@code ids}) for fewer than two or more than four
     * @throws de.smilecity.exchange.catalogue.PracticeNotFoundException naming an unknown entry
     */
    @Transactional(readOnly = true)
    public Comparison compare(List<String> idsOrSlugs, Locale locale) {
        List<String> distinct = idsOrSlugs.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
        if (distinct.size() < Comparison.MIN || distinct.size() > Comparison.MAX) {
            throw new BadRequestException(
                    "ids",
                    "Compare " + Comparison.MIN + " to " + Comparison.MAX + " different entries (ids or slugs, "
                            + "separated by commas); " + distinct.size() + " given");
        }
        List<Practice> practices =
                distinct.stream().map(catalogue::getPublished).toList();
        List<Comparison.Row> rows = new ArrayList<>();
        for (String aspect : ASPECTS) {
            Function<Practice, String> value = value(aspect, locale);
            List<String> values = practices.stream().map(value).toList();
            rows.add(new Comparison.Row(
                    aspect,
                    t(locale, "compare.aspect." + aspect),
                    values,
                    values.stream().distinct().count() > 1,
                    IN_ENTRY_LANGUAGE.contains(aspect)));
        }
        return new Comparison(
                practices.stream()
                        .map(p -> new Comparison.Column(
                                Objects.requireNonNull(p.getId()),
                                p.getSlug(),
                                p.getTitle(),
                                p.owner().getName(),
                                p.getLanguage()))
                        .toList(),
                rows);
    }

    private Function<Practice, String> value(String aspect, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        return switch (aspect) {
            case "organisation" -> p -> p.owner().getName();
            case "sizeClass" ->
                p -> t(locale, "sizeClass." + p.owner().getSizeClass().name()) + population(p.owner(), locale);
            case "state" -> p -> Objects.requireNonNullElse(p.owner().getState(), "");
            case "kind" -> p -> t(locale, "kind." + p.getKind().name());
            case "phase" -> p -> t(locale, "phase." + p.getPhase().name());
            case "costs" -> p -> Objects.requireNonNullElse(Figures.costs(p.getCosts(), locale), "");
            case "duration" -> p -> duration(p, locale);
            case "indicators" ->
                p -> p.getIndicators().stream().map(i -> indicator(i, numbers)).collect(Collectors.joining("\n"));
            case "prerequisites" -> p -> Markdown.toPlainText(p.getPrerequisites());
            case "technologies" -> p -> String.join(", ", p.getTechnologies());
            case "lineage" -> p -> lineage(p, locale);
            default -> throw new IllegalArgumentException("No aspect '" + aspect + "'");
        };
    }

    private String population(Organisation org, Locale locale) {
        return org.getPopulation() == null
                ? ""
                : " ("
                        + t(
                                locale,
                                "compare.population",
                                NumberFormat.getIntegerInstance(locale).format(org.getPopulation()))
                        + ")";
    }

    private String duration(Practice p, Locale locale) {
        if (p.getStartYear() == null) return "";
        if (p.getEndYear() == null) return t(locale, "compare.since", String.valueOf(p.getStartYear()));
        int years = p.getEndYear() - p.getStartYear();
        return p.getStartYear() + " – " + p.getEndYear() + " (" + t(locale, "compare.years", Math.max(years, 1)) + ")";
    }

    private static String indicator(Indicator i, NumberFormat numbers) {
        String unit = i.getUnit() == null || i.getUnit().isBlank() ? "" : " " + i.getUnit();
        if (i.getValue() != null) return i.getName() + ": " + numbers.format(i.getValue()) + unit;
        if (i.getTarget() != null) return i.getName() + ": → " + numbers.format(i.getTarget()) + unit;
        return i.getName();
    }

    private String lineage(Practice p, Locale locale) {
        Lineage lineage = lineages.of(Objects.requireNonNull(p.getId()));
        List<String> parts = new ArrayList<>();
        if (lineage.adaptedFrom() != null) {
            parts.add(t(
                    locale,
                    "lineage.from",
                    lineage.adaptedFrom().title(),
                    lineage.adaptedFrom().organisationName()));
        }
        parts.add(t(locale, "lineage.count", lineage.adoptionCount()));
        return String.join("\n", parts);
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
