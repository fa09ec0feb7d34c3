package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Organisation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a fact becomes its value, whether a profile's element or a labelled value gave the
 * text. A text that cannot be the fact ("Land: Deutschland", an area in m², a sentence where a phase
 * was expected) gives no value, so the next place on the page may still give one.
 */
final class FactValues {

    /** Decimals of an area: the scale of the candidate's and the organisation's column. */
    static final int AREA_DECIMALS = 2;

    /** Longest phase as pages write one ("Pilotphase", "In Umsetzung"); longer is a sentence. */
    static final int PHASE_LABEL_MAX_LENGTH = 60;

    /** Less land than any municipality has (km²): a site's, a park's, or a misread number. */
    static final BigDecimal SMALLEST_AREA = new BigDecimal("0.1");

    // The organisation's area column holds seven digits before the point.
    private static final BigDecimal LARGEST_AREA = BigDecimal.TEN.pow(7);

    // "Land" is the German label of a federal state, but also of a country.
    private static final Set<String> COUNTRIES = Set.of(
            "deutschland",
            "germany",
            "bundesrepublik deutschland",
            "brd",
            "de",
            "österreich",
            "austria",
            "schweiz",
            "switzerland",
            "europa",
            "europe",
            "eu");

    /**
     * Brackets that say what kind of region a name is rather than narrow it down: "Utrecht
     * (province)" is not the city, so they stay.
     */
    private static final Set<String> KINDS_OF_REGION =
            Set.of("province", "provinz", "state", "land", "bundesland", "region", "county", "kanton", "canton");

    /** A bracketed addition to a state's name. */
    private static final Pattern STATE_QUALIFIER = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    private FactValues() {}

    static Optional<Integer> population(String text) {
        return GermanNumbers.integer(text).filter(n -> n > 0);
    }

    /**
     * The area in km², two decimals; an area in m² is a site's, never a municipality's. An amount of
     * money without a unit of area ("€ 0,6 Mio.", come to the area's label through broken markup or
     * a tile's label read with the wrong value) is never an area.
     */
    static Optional<BigDecimal> areaKm2(String text, String language) {
        if (GermanNumbers.inSquareMetres(text, language)) return Optional.empty();
        if (Money.namesACurrency(text) && !GermanNumbers.withAreaUnit(text, language)) return Optional.empty();
        Optional<BigDecimal> read = GermanNumbers.squareKilometres(text, language);
        // "1.312 ha" on an English page: 1.3 hectares is no municipality, 1,312 hectares is one. Where
        // the page's reading gives less than any municipality has, the other reading of the separator
        // is the one meant; if that is too small as well, there is no area.
        if (read.isPresent() && read.get().compareTo(SMALLEST_AREA) < 0) {
            read = GermanNumbers.squareKilometres(text, "en".equals(language) ? "de" : "en");
        }
        return read.filter(a -> a.compareTo(SMALLEST_AREA) >= 0)
                .map(a -> a.setScale(AREA_DECIMALS, RoundingMode.HALF_UP))
                .filter(a -> a.signum() > 0 && a.compareTo(LARGEST_AREA) < 0);
    }

    /**
     * The region a label's kind and its value name together: "County" over "Mayo" is County Mayo,
     * "Kanton" over "Thurgau" the canton, as forms and accordions split them; empty where the label
     * names no kind of region, the value is a region by itself, or the two make no region of the list.
     */
    static Optional<String> regionOfKind(String value, String label) {
        if (!KINDS_OF_REGION.contains(Fact.normalise(label))
                || Regions.inPlace(value).isPresent()) {
            return Optional.empty();
        }
        return Regions.inPlace(label.strip() + " " + value.strip());
    }

    /** A state as {@link #state(String)} reads it, or the region its label's kind makes of it. */
    static Optional<String> state(String value, String label) {
        return regionOfKind(value, label).or(() -> state(value));
    }

    /**
     * A federal state or region: words without digits that fit the column and name no country. What a
     * page adds to narrow it down — a bracketed administrative district, a county after a comma — is
     * not the state and is dropped: "Hessen (Regierungsbezirk Kassel)" and "Tirol, Bezirk Landeck"
     * are Hessen and Tirol. A bracket that only says what kind of region it is stays.
     */
    static Optional<String> state(String text) {
        String s = STATE_QUALIFIER
                .matcher(text)
                .replaceAll(m -> KINDS_OF_REGION.contains(m.group()
                                .substring(1, m.group().length() - 1)
                                .strip()
                                .toLowerCase(Locale.ROOT))
                        ? Matcher.quoteReplacement(m.group())
                        : " ")
                .strip()
                .replaceAll("\\s+", " ");
        int comma = s.indexOf(',');
        if (comma > 0) s = s.substring(0, comma).strip();
        if (s.isEmpty()
                || s.length() > Organisation.STATE_MAX_LENGTH
                || s.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return COUNTRIES.contains(s.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(s);
    }

    /**
     * The phase as the page words it. Under a label that also dates pages ("Stand: 03/2024") only a
     * text that names a phase counts, so a date is never stored as a phase.
     */
    static Optional<String> phaseLabel(String text, String label) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > PHASE_LABEL_MAX_LENGTH) return Optional.empty();
        if (Fact.mayDateThePage(label) && PhaseWords.phaseOf(s).isEmpty()) return Optional.empty();
        return Optional.of(s);
    }

    /** Contact and funding: any text that says something. */
    static Optional<String> text(String text) {
        String s = text.strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
