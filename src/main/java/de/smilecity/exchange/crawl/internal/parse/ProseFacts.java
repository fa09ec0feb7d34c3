package de.smilecity.exchange.crawl.internal.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The few facts a page states only in its sentences, read cautiously: a count right before the word
 * for inhabitants ("about 23,100 inhabitants", "die 1.480 Einwohnerinnen und Einwohner", "a village of
 * about 3,200 people"), an amount of money beside a word for what something cost ("kostete rund 1,2
 * Mio. Euro", "Gesamtkosten von 640.000 €", "cost just under €24,000"), an area in km² beside the
 * population or a word for area, and a region a region word or a bracketed country marks ("in the
 * province of Limburg"). Where the sentences disagree — two populations, two regions — nothing is
 * taken: an empty field is better than a false one. A price per ride or per year is no project's cost,
 * and a small amount is a fee.
 */
final class ProseFacts {

    private static final String COUNT = "(\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009 ]\\d{3})+|\\d{3,})";

    // With the words of the neighbours' languages, since a network's translated pages ("har 1 870
    // invånare", "heeft 2.300 inwoners") state a place's population so.
    private static final String LIVING = "(?:inhabitants|residents|einwohner(?:innen|n)?(?:\\s+und\\s+einwohner(?:n)?)?"
            + "|einwohner\\*innen|einwohner:innen|bürgerinnen und bürger|people|menschen"
            + "|invånare|innbyggere|indbyggere|inwoners|asukasta)";
    private static final String ROUGHLY = "(?:ca\\.|circa|rund|etwa|knapp|about|around|approx\\.|approximately|some"
            + "|nearly|almost|roughly|just under|just over)\\s+";

    /**
     * A count of the people living in a place, as sentences state it: after "has", "of", "mit", "zählt"
     * ("a village of about 3,200 people", "has 4 800 residents"), after a colon or bracket ("Thimont:
     * 7 380 inhabitants"), or followed by whose they are ("die 1.480 Einwohner des Dorfes"). A bare
     * "4.100 Einwohner wurden befragt" may count only those asked and is passed over.
     */
    private static final Pattern[] INHABITANTS = {
        Pattern.compile(
                "(?iu)\\b(?:has|had|have|of|with|von|mit|hat|hatte|zählt|counts|home to|har|heeft|telt|med)\\s+(?:"
                        + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING + "(?![\\p{L}])"),
        Pattern.compile("(?iu)[:(]\\s*(?:" + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING + "(?![\\p{L}])"),
        Pattern.compile("(?iu)(?<![\\d.,])(?:" + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING
                + "\\s+(?:des|der|von|im|of the|of|in the|in)\\s+(?:dorfes|ortes|gemeinde|stadt|ortsgemeinde|marktes"
                + "|kreises|landkreises|village|town|municipality|city|district|county)\\b"),
        // "Rund 640 Menschen leben in Wendelroda", "In Kirchdorf leben 1.200 Menschen", "some 900 people live
        // there": people who live somewhere are its inhabitants, not a crowd that came.
        Pattern.compile("(?iu)(?<![\\d.,])(?:" + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING
                + "\\s+(?:leben|wohnen|lebten|wohnten|live|lived|are\\s+living)\\s+(?:in|im|hier|dort|there|here)\\b"),
        Pattern.compile(
                "(?iu)\\b(?:leben|wohnen|live)\\s+(?:(?:hier|dort|heute|there|today|in\\s+\\p{Lu}[\\p{L}-]+)\\s+)?(?:"
                        + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING + "(?![\\p{L}])"),
        // "für die 734 Menschen im Dorf", "for the 2,300 people of Fernby": everyone of a place, as a
        // quote or a newsletter addresses them, is its population.
        Pattern.compile(
                "(?iu)\\b(?:für\\s+die|for\\s+(?:the|all)|allen)\\s+(?:" + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING
                        + "\\s+(?:im\\s+(?:dorf|ort)\\b|in\\s+(?:the\\s+(?:village|town)\\b|(?-i:\\p{Lu}))|of\\s+(?-i:\\p{Lu}))"),
        // "41 km², rund 3.480 Menschen": a count of people beside the place's area is its population.
        Pattern.compile("(?iu)\\d\\s*(?:km²|km2|qkm)\\s*[,;·]\\s*(?:" + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING
                + "(?![\\p{L}])"),
        // "1,905 residents · 16.7 km²": the same the other way round, as a line of a place's figures has it.
        Pattern.compile("(?iu)(?<![\\d.,])(?:" + ROUGHLY + ")?" + COUNT + "\\s+" + LIVING
                + "\\s*[,;·]\\s*\\d+(?:[.,]\\d+)?\\s*(?:km²|km2|qkm)"),
        // "rund 4.800 Einwohner", "about 23,100 inhabitants": an estimate is of a whole place.
        Pattern.compile(
                "(?iu)\\b" + ROUGHLY + COUNT + "\\s+(?:inhabitants|einwohner(?:innen|n)?(?:\\s+und\\s+einwohner(?:n)?)?"
                        + "|einwohner\\*innen|einwohner:innen)(?![\\p{L}])")
    };

    /**
     * A count of a place's people named after the place, as German pages address them in both forms:
     * "die 1.186 Auenfelderinnen und Auenfelder". The name must be the place's ("Auenfeld" in the
     * text too): "300 Schülerinnen und Schüler" are no town's inhabitants.
     */
    private static final Pattern DEMONYM_PAIR =
            Pattern.compile("(?u)(?<![\\d.,])" + COUNT + "\\s+(\\p{Lu}\\p{L}+)erinnen\\s+und\\s+\\2er(?![\\p{L}])");

    /** An amount that names euros, before or after its figure. */
    private static final Pattern EUROS = Pattern.compile("(?iu)(?:€|\\beur\\b|\\beuro\\b)\\s*\\d[\\d.,\\u00a0 ]*"
            + "(?:\\s*(?:mio\\.?|mln\\.?|millionen|million|m\\b|k\\b|tsd\\.?))?"
            // "640 000 euro": Nordic and French pages group thousands with a space.
            + "|\\d[\\d.,\\u00a0\\u2009]*(?: \\d{3})*(?:\\s*(?:t|" + GermanNumbers.SCALE_WORDS
            + "))?\\s*(?:€|\\beur\\b|\\beuro\\b)"
            + "|\\bteur\\s*\\d[\\d.,]*");

    /** Words before an amount that make it what something cost. */
    private static final Pattern COST_BEFORE = Pattern.compile(
            "(?iu)\\b(?:kostete|kosten|kostet|gesamtkosten|investition(?:en)?|investiert|budget|cost|costs|costing"
                    + "|invested|investment|price tag|kostte|investering|begroting)\\b[^.;]{0,40}$");

    /** Words after an amount that make it what something cost. */
    private static final Pattern COST_AFTER =
            Pattern.compile("(?iu)^[^.;]{0,30}?\\b(?:gekostet|kostete|investiert|invested|gekostet\\.|eingeplant"
                    + "|veranschlagt|budgeted|bereit|bereitgestellt|zur verfügung|verbaut"
                    // "Für 4,85 Millionen Euro entsteht ein Nahwärmenetz": what is built for a sum cost it.
                    + "|entsteht|entstehen|entstand|errichtet|is\\s+being\\s+built|was\\s+built)");

    /**
     * An amount in another currency with its euro figure opened in brackets after it: "cost SEK 1.2
     * million (approx. " before "€105,000)". The euro figure is the cost the sentence names.
     */
    private static final Pattern OTHER_CURRENCY_BESIDE = Pattern.compile(
            "(?iu)\\s(?:(?-i:[A-Z]{3})|£|\\$|kr\\.?)\\s*\\d[\\d.,\\u00a0 ]*(?:\\s*(?:million|mio\\.?|mn|m|k|bn))?"
                    + "(?:\\s*(?:(?-i:[A-Z]{3})|kr\\.?))?\\s*\\(\\s*(?:approx\\.|approximately|ca\\.|c\\.|about|around"
                    + "|rund|etwa|circa)?\\s*$");

    /** Where a sentence begins: the text's start or after a full stop. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+)$");

    /**
     * "485.000 Euro haben Genossenschaft und Förderung … in den Umbau gesteckt": a sentence that opens
     * with the amount may name the spending at its end, past the reach of {@link #COST_AFTER}.
     */
    private static final Pattern SPENT_LATER =
            Pattern.compile("(?iu)^[^.;]{0,140}?\\b(?:gesteckt|ausgegeben|investiert|verbaut|spent|invested)\\b");

    /** Least amount a project costs; below it, a sentence is about a fee. */
    static final BigDecimal MIN_COSTS = BigDecimal.valueOf(1_000);

    private static final Pattern AREA = Pattern.compile(
            "(?iu)(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(?:km²|km2|qkm|quadratkilometer\\p{L}*|square kilomet\\p{L}*)");
    private static final Pattern AREA_WORDS = Pattern.compile(
            "(?iu)\\b(?:fläche|gemarkung|gebiet|gemeindegebiet|area|surface|covers|umfasst|erstreckt)\\b");

    private final List<String> sentences;

    private ProseFacts(List<String> sentences) {
        this.sentences = sentences;
    }

    static ProseFacts of(Document doc) {
        Element main = MainText.of(doc);
        List<String> texts = new ArrayList<>();
        for (Element e : main.select("p, li, figcaption, blockquote, dd")) {
            String t = NumberWords.asFigures(e.text().replace('\u00a0', ' ').strip());
            if (!t.isEmpty() && !texts.contains(t)) texts.add(t);
        }
        return new ProseFacts(texts);
    }

    /**
     * How many of a project's facts the sentences state — population, costs, area, years, phase: a
     * page that tells its project only in words still tells it.
     */
    int count(String language) {
        return (population().isPresent() ? 1 : 0)
                + (costs().isPresent() ? 1 : 0)
                + (areaKm2(language).isPresent() ? 1 : 0)
                + (period().isPresent() ? 1 : 0)
                + (phase().isPresent() ? 1 : 0);
    }

    /** The one population the sentences name, or empty when they name none or several. */
    Optional<Integer> population() {
        Set<Integer> found = new LinkedHashSet<>();
        for (String s : sentences) {
            for (Pattern p : INHABITANTS) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    FactValues.population(m.group(1))
                            .filter(n -> n >= FactAlignment.MIN_POPULATION)
                            .ifPresent(found::add);
                }
            }
            Matcher pair = DEMONYM_PAIR.matcher(s);
            while (pair.find()) {
                if (!namesPlace(pair.group(2))) continue;
                FactValues.population(pair.group(1))
                        .filter(n -> n >= FactAlignment.MIN_POPULATION)
                        .ifPresent(found::add);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Whether a sentence names the place as a word of its own. */
    private boolean namesPlace(String place) {
        Pattern word = Pattern.compile("(?u)(?<![\\p{L}])" + Pattern.quote(place) + "(?![\\p{L}])");
        return sentences.stream().anyMatch(s -> word.matcher(s).find());
    }

    /** The largest amount in euros the sentences say something cost. */
    Optional<Money> costs() {
        Money best = null;
        for (String s : sentences) {
            Matcher m = EUROS.matcher(s);
            while (m.find()) {
                String before = s.substring(0, m.start());
                String after = s.substring(m.end());
                if (startsPerUnit(after)) continue;
                boolean opens = SENTENCE_START.matcher(before).find();
                if (!COST_BEFORE.matcher(withoutOtherCurrency(before)).find()
                        && !COST_AFTER.matcher(after).find()
                        && !(opens && SPENT_LATER.matcher(after).find())) continue;
                Optional<Money> money = Money.of(m.group().strip(), "");
                if (money.isEmpty() || money.get().amount().compareTo(MIN_COSTS) < 0) continue;
                if (best == null || money.get().amount().compareTo(best.amount()) > 0) best = money.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The text before an amount in euros without the other currency's amount it translates. */
    private static String withoutOtherCurrency(String before) {
        Matcher m = OTHER_CURRENCY_BESIDE.matcher(before);
        return m.find() ? before.substring(0, m.start()) + " " : before;
    }

    private static boolean startsPerUnit(String after) {
        String a = after.strip().toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("pro ")
                || a.startsWith("per ")
                || a.startsWith("je ")
                || a.startsWith("a year")
                || a.startsWith("a month")
                || a.startsWith("im jahr")
                || a.startsWith("im monat")
                || a.startsWith("jährlich")
                || a.startsWith("monatlich")
                || a.startsWith("each")
                || a.startsWith("/");
    }

    /** The one area in km² named in a sentence that also names the population or speaks of an area. */
    Optional<BigDecimal> areaKm2(String language) {
        Set<BigDecimal> found = new LinkedHashSet<>();
        for (String s : sentences) {
            Matcher m = AREA.matcher(s);
            boolean cued = AREA_WORDS.matcher(s).find()
                    || java.util.Arrays.stream(INHABITANTS)
                            .anyMatch(p -> p.matcher(s).find());
            while (m.find()) {
                if (cued) FactValues.areaKm2(m.group(), language).ifPresent(found::add);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The years the sentences date the project by ({@link ProseDates}). */
    Optional<Period> period() {
        return ProseDates.of(sentences).period();
    }

    /** Where the sentences say the project stands ({@link ProseDates}). */
    Optional<ProseDates.Stated> phase() {
        return ProseDates.of(sentences).phase();
    }

    /** The one region the sentences name as one. */
    Optional<String> state() {
        Set<String> found = new LinkedHashSet<>();
        for (String s : sentences) Regions.inText(s).ifPresent(found::add);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
