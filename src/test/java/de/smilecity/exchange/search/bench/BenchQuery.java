package de.smilecity.exchange.search.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One query of the benchmark's mix: what was typed, and optionally an innovation field and a state
 * to filter on (the two facet filters).
 */
record BenchQuery(
        Kind kind,
        String text,
        @Nullable String field,
        @Nullable String state) {

    enum Kind {
        SINGLE("single term"),
        WORDS("several words"),
        PHRASE("phrase"),
        TYPO("typo"),
        FACETS("two facet filters");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static BenchQuery of(Kind kind, String text) {
        return new BenchQuery(kind, text, null, null);
    }

    boolean filtered() {
        return field != null;
    }

    /**
     * The mix: words of the seed content's titles, keywords and taxonomy, in German and English, as
     * city staff type them. Every service query is highlighted (the service has no switch for it).
     */
    static final List<BenchQuery> MIX = List.of(
            of(Kind.SINGLE, "Beteiligung"),
            of(Kind.SINGLE, "Schulen"),
            of(Kind.SINGLE, "Hitzeschutz"),
            of(Kind.SINGLE, "Sensoren"),
            of(Kind.SINGLE, "mobility"),
            of(Kind.WORDS, "digitale Beteiligung Stadtplanung"),
            of(Kind.WORDS, "open data platform"),
            of(Kind.WORDS, "Lastenrad Verleih Quartier"),
            of(Kind.WORDS, "Bäume Bewässerung Sensoren"),
            of(Kind.PHRASE, "\"urbane Datenplattform\""),
            of(Kind.PHRASE, "\"digitaler Zwilling\""),
            of(Kind.PHRASE, "\"participatory budgeting\""),
            of(Kind.TYPO, "Bürgerbeteilgung"),
            of(Kind.TYPO, "Klimaanpasung"),
            of(Kind.TYPO, "Datenplatform"),
            new BenchQuery(Kind.FACETS, "Beteiligung", "participation", "Mecklenburg-Vorpommern"),
            new BenchQuery(Kind.FACETS, "Sensoren", "data", "Bayern"),
            new BenchQuery(Kind.FACETS, "Klimaanpassung", "climate", "Nordrhein-Westfalen"),
            new BenchQuery(Kind.FACETS, "digitale Verwaltung", "administration", "Mecklenburg-Vorpommern"));

    /** The mix, or only the kinds that {@code bench.kinds} names (comma-separated {@link Kind} names). */
    static List<BenchQuery> mix() {
        String kinds = System.getProperty("bench.kinds", "");
        if (kinds.isBlank()) return MIX;
        Set<Kind> only = Arrays.stream(kinds.split(","))
                .map(String::strip)
                .map(Kind::valueOf)
                .collect(Collectors.toSet());
        return MIX.stream().filter(q -> only.contains(q.kind())).toList();
    }
}
