package de.smilecity.exchange.search;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.SizeClass;
import de.smilecity.exchange.ui.Translations;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Human names of facet values, in the asker's language: "mobility" is "Mobilität" to a German reader. */
@Component
public class FacetLabels {

    private final CatalogueService catalogue;
    private final Translations translations;

    FacetLabels(CatalogueService catalogue, Translations translations) {
        this.catalogue = catalogue;
        this.translations = translations;
    }

    /** A labeller for one request: it loads concepts and organisations once. */
    public Function<Facet, Function<String, String>> forLocale(Locale locale) {
        Map<String, Concept> concepts = catalogue.conceptsByKey();
        Map<String, String> organisations = catalogue.organisations().stream()
                .collect(Collectors.toMap(Organisation::getSlug, Organisation::getName));
        return facet -> value -> switch (facet) {
            case FIELD -> concept(concepts, ConceptScheme.INNOVATION_FIELD, value, locale);
            case PILLAR -> concept(concepts, ConceptScheme.SMILE_PILLAR, value, locale);
            case ORGANISATION -> organisations.getOrDefault(value, value);
            case PHASE -> translations.getTranslation("phase." + value.toUpperCase(Locale.ROOT), locale);
            case KIND -> translations.getTranslation("kind." + value.toUpperCase(Locale.ROOT), locale);
            case SIZE_CLASS ->
                translations.getTranslation(
                        "sizeClass." + value.toUpperCase(Locale.ROOT).replace('-', '_'), locale);
            case LANGUAGE -> translations.getTranslation("language." + value, locale);
            case ADAPTED -> translations.getTranslation("search.adapted." + value, locale);
            case COUNTRY -> Locale.of("", value).getDisplayCountry(locale);
            case STATE, KEYWORD -> value;
        };
    }

    private static String concept(Map<String, Concept> concepts, ConceptScheme scheme, String code, Locale locale) {
        Concept concept = concepts.get(scheme.key() + ":" + code);
        return concept == null ? code : concept.label(locale);
    }

    /** Whether a size-class facet value names a class, for validating parameters. */
    static boolean isSizeClass(String value) {
        return java.util.Arrays.stream(SizeClass.values()).anyMatch(s -> s.key().equals(value));
    }
}
