package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts whose value says what it is, read where the page sets them down without a label: "22 km²" is
 * an area, "4,120 residents" a population, "2024–2026" a period, "€96,000" an amount, "Saltmere,
 * Nova Scotia" a place in its region, "In delivery" a phase — as icon lists, key-figure strips and
 * badges put them. What decides is the shape of the whole short text, not a word before it, so it
 * reads alike on every CMS and in every layout.
 *
 * <p>Only texts of a cluster count: a text whose neighbours in reading order are facts too (a label, a
 * value a label took, another such text). A lone "Umsetzung" is a section's heading and a lone amount
 * a sentence's figure. Where a page gives two different values of one fact this way, none is taken.
 * This fills only what labels, aligned labels and sentences left empty.
 */
final class SelfEvidentFacts {

    /** Longest text that may be such a value: a short item, never a sentence. */
    private static final int MAX_TEXT = 48;

    /** How many texts before or after another fact a text may stand and still belong to its cluster. */
    private static final int NEIGHBOURHOOD = 2;

    private static final int MAX_PHASE_WORDS = 3;

    private static final String QUALIFIED = "(?iu)^(?:" + FactAlignment.QUALIFIER + "\\s*)?";

    private static final Pattern AREA = Pattern.compile(QUALIFIED
            + "\\d+(?:[.,]\\d+)?\\s*(?:km²|km2|qkm|sq\\.?\\s?km|square\\s+kilomet(?:re|er)s?|quadratkilometer)\\.?$");

    private static final Pattern POPULATION = Pattern.compile(QUALIFIED + "(" + FactAlignment.COUNT
            + ")\\s+(?:einwohner\\p{L}*(?:\\s+und\\s+einwohner\\p{L}*)?|einw\\.|ew\\.?|inhabitants|residents|people"
            + "|menschen|bewohner\\p{L}*|habitants|inwoners|invånare|innbyggere|indbyggere|asukasta|mieszkańców"
            + "|abitanti|habitantes)(?:\\s*\\((?:19|20)\\d\\d\\))?\\.?$");

    private static final String SEASON = "(?:(?:frühjahr|frühling|sommer|herbst|winter|anfang|mitte|ende|spring|summer"
            + "|autumn|fall|early|mid|late|jan\\p{L}*|feb\\p{L}*|mär\\p{L}*|mar\\p{L}*|apr\\p{L}*|mai|may|jun\\p{L}*"
            + "|jul\\p{L}*|aug\\p{L}*|sep\\p{L}*|o[ck]t\\p{L}*|nov\\p{L}*|de[cz]\\p{L}*|q[1-4]|h[12]|\\d{1,2}[./])\\s*)?";
    private static final Pattern YEARS = Pattern.compile(
            "(?iu)^" + SEASON + "(?:19|20)\\d\\d\\s*(?:[–—-]|bis|to|until)\\s*" + SEASON + "(?:19|20)\\d\\d$");

    /** An amount and nothing else: figures, a currency, a scale word, a qualifier. */
    private static final Pattern AMOUNT_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + GermanNumbers.SCALE_WORDS
            + "|eur|euro|chf|gbp|usd|" + FactAlignment.QUALIFIER + ")(?![\\p{L}])");

    private final Map<Fact, String> values;

    private SelfEvidentFacts(Map<Fact, String> values) {
        this.values = values;
    }

    /** The facts of the texts an alignment has read, beside the labels it aligned. */
    static SelfEvidentFacts of(FactAlignment.Alignment alignment, String language) {
        List<FactAlignment.Text> texts = alignment.texts();
        boolean[] taken = alignment.taken();
        List<Fact> kinds = new ArrayList<>();
        for (FactAlignment.Text t : texts)
            kinds.add(t.label() ? null : kind(t.text(), language).orElse(null));
        Map<Fact, Set<String>> found = new EnumMap<>(Fact.class);
        for (int i = 0; i < texts.size(); i++) {
            Fact kind = kinds.get(i);
            if (kind == null
                    || taken[i]
                    || answersAnother(texts, alignment.answered(), i)
                    || !inCluster(texts, kinds, taken, i)) continue;
            found.computeIfAbsent(kind, k -> new LinkedHashSet<>())
                    .add(normalised(kind, texts.get(i).text()));
        }
        Map<Fact, String> values = new EnumMap<>(Fact.class);
        found.forEach((fact, distinct) -> {
            if (distinct.size() == 1) values.put(fact, distinct.iterator().next());
        });
        return new SelfEvidentFacts(values);
    }

    /** The one value the page gives of the fact this way, as the page writes it (a state: its region). */
    Optional<String> value(Fact fact) {
        return Optional.ofNullable(values.get(fact));
    }

    /** The facts the page gives this way. */
    Set<Fact> facts() {
        return values.keySet();
    }

    /** The fact a short text is the value of, by its shape alone. */
    static Optional<Fact> kind(String text, String language) {
        String v = text.strip();
        if (v.isEmpty() || v.length() > MAX_TEXT || NoValue.is(v)) return Optional.empty();
        if (AREA.matcher(v).matches() && FactValues.areaKm2(v, language).isPresent()) return Optional.of(Fact.AREA);
        Matcher population = POPULATION.matcher(v);
        if (population.matches()
                && FactValues.population(population.group(1))
                        .filter(n -> n >= FactAlignment.MIN_POPULATION)
                        .isPresent()) return Optional.of(Fact.POPULATION);
        if (YEARS.matcher(v).matches()
                && Period.of(v)
                        .filter(p -> p.startYear() != null && p.endYear() != null)
                        .isPresent()) return Optional.of(Fact.PERIOD);
        if (anAmountOnly(v)) return Optional.of(Fact.COSTS);
        if (v.split("\\s+").length <= MAX_PHASE_WORDS
                && v.chars().noneMatch(Character::isDigit)
                && PhaseWords.phaseOf(v).isPresent()) return Optional.of(Fact.PHASE);
        if (v.contains(",") || v.contains("(")) {
            if (Regions.inPlace(v).isPresent()) return Optional.of(Fact.STATE);
        }
        return Optional.empty();
    }

    private static boolean anAmountOnly(String v) {
        if (!Money.namesACurrency(v) || v.contains("%") || v.contains("/")) return false;
        String rest = AMOUNT_WORDS.matcher(v).replaceAll(" ");
        if (rest.chars().anyMatch(Character::isLetter)) return false;
        return Money.of(v, "")
                .filter(m -> m.amount().compareTo(ProseFacts.MIN_COSTS) >= 0)
                .isPresent();
    }

    /**
     * Whether the text stands right after a label that found no answer: it is that label's answer, of
     * the wrong type, and the layout is too unclear to give it to another fact. After a label that took
     * the figure before it ("4,120" before "residents") it is the next item.
     */
    private static boolean answersAnother(List<FactAlignment.Text> texts, boolean[] answered, int i) {
        return i > 0 && texts.get(i - 1).label() && !answered[i - 1];
    }

    /** Whether a fact stands within reach before or after the text: a label, a taken value, another such text. */
    private static boolean inCluster(List<FactAlignment.Text> texts, List<Fact> kinds, boolean[] taken, int i) {
        for (int j = Math.max(0, i - NEIGHBOURHOOD); j <= Math.min(texts.size() - 1, i + NEIGHBOURHOOD); j++) {
            if (j == i) continue;
            if (texts.get(j).label() || taken[j] || kinds.get(j) != null) return true;
        }
        return false;
    }

    private static String normalised(Fact kind, String text) {
        String v = text.strip();
        return kind == Fact.STATE ? Regions.inPlace(v).orElse(v) : v;
    }
}
