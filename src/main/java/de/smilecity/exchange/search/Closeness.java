package de.smilecity.exchange.search;

import de.smilecity.exchange.catalogue.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How close one organisation is to another, for "cities like mine": the same size class counts
 * most, then similar population (within a factor of two scores high), then the same state, then the
 * same country. The reasons say why, in words a person can check.
 *
 * @param score 0 (nothing in common) to 1 (same class, state and a near-equal population)
 * @param reasons message keys with their arguments, in order of weight
 */
public record Closeness(double score, List<Reason> reasons) {

    static final double SIZE_CLASS_WEIGHT = 0.4;
    static final double POPULATION_WEIGHT = 0.3;
    static final double STATE_WEIGHT = 0.2;
    static final double COUNTRY_WEIGHT = 0.1;

    /** One reason: a translation key and the values it names. */
    public record Reason(String key, List<Object> arguments) {}

    public static Closeness between(Organisation mine, Organisation other) {
        double score = 0;
        List<Reason> reasons = new ArrayList<>();
        if (mine.getSizeClass() == other.getSizeClass()) {
            score += SIZE_CLASS_WEIGHT;
            reasons.add(new Reason(
                    "closeness.sizeClass",
                    List.of("sizeClass." + other.getSizeClass().name())));
        }
        if (mine.getPopulation() != null
                && other.getPopulation() != null
                && mine.getPopulation() > 0
                && other.getPopulation() > 0) {
            double ratio = Math.max(mine.getPopulation(), other.getPopulation())
                    / (double) Math.min(mine.getPopulation(), other.getPopulation());
            // 1 for equal populations, 0.5 at a factor of two, falling towards 0 beyond.
            double similarity = 1 / ratio;
            score += POPULATION_WEIGHT * similarity;
            if (ratio <= 2) {
                reasons.add(new Reason("closeness.population", List.of(other.getPopulation(), mine.getPopulation())));
            }
        }
        if (mine.getState() != null && Objects.equals(mine.getState(), other.getState())) {
            score += STATE_WEIGHT;
            reasons.add(new Reason("closeness.state", List.of(other.getState())));
        }
        if (Objects.equals(mine.getCountry(), other.getCountry())) {
            score += COUNTRY_WEIGHT;
            if (reasons.isEmpty()) {
                reasons.add(new Reason("closeness.country", List.of(other.getCountry())));
            }
        }
        return new Closeness(score, List.copyOf(reasons));
    }
}
