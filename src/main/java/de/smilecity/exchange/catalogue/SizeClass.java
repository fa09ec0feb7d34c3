package de.smilecity.exchange.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * The size class of the German municipal statistics, derived from population and never stored:
 * Großstadt ≥ 100 000, Mittelstadt 20 000–99 999, Kleinstadt 5 000–19 999, Landgemeinde &lt; 5 000.
 * Counties and alliances are their own classes whatever their population.
 */
public enum SizeClass {
    LARGE_CITY,
    MEDIUM_TOWN,
    SMALL_TOWN,
    RURAL_MUNICIPALITY,
    COUNTY,
    ALLIANCE,
    UNKNOWN;

    public static final int LARGE_CITY_FROM = 100_000;
    public static final int MEDIUM_TOWN_FROM = 20_000;
    public static final int SMALL_TOWN_FROM = 5_000;

    public static SizeClass of(OrganisationKind kind, @Nullable Integer population) {
        return switch (kind) {
            case COUNTY -> COUNTY;
            case INTER_MUNICIPAL, NETWORK -> ALLIANCE;
            case CITY, DISTRICT, OTHER -> byPopulation(population);
        };
    }

    private static SizeClass byPopulation(@Nullable Integer population) {
        if (population == null) return UNKNOWN;
        if (population >= LARGE_CITY_FROM) return LARGE_CITY;
        if (population >= MEDIUM_TOWN_FROM) return MEDIUM_TOWN;
        if (population >= SMALL_TOWN_FROM) return SMALL_TOWN;
        return RURAL_MUNICIPALITY;
    }

    /** The name in URLs and facets, e.g. {@code large-city}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
