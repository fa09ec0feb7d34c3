package de.smilecity.exchange.crawl.internal.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The facts a page states under a label ("Einwohner: 208.400", a table row, a definition list), each
 * with the labels German and English pages use for it. Labels are compared after {@link #normalise}
 * and must match whole, never as a part: "Einwohner je km²" and "Budget 2024" name no fact.
 *
 * <p>"Stand" mostly dates a German page ("Stand: 03/2024") but also names a project's phase ("Stand:
 * Testbetrieb"): its value counts as a phase only where it names one ({@link #mayDateThePage}).
 */
enum Fact {
    POPULATION(
            "Einwohner",
            "Einwohnerzahl",
            "Einwohnerinnen und Einwohner",
            "Anzahl Einwohner",
            "Bevölkerung",
            "Population",
            "Inhabitants",
            "Residents",
            "Number of inhabitants"),
    STATE("Bundesland", "Land", "Region", "State", "Federal state"),
    AREA(
            "Fläche",
            "Gemeindefläche",
            "Stadtfläche",
            "Gesamtfläche",
            "Gemarkungsfläche",
            "Katasterfläche",
            "Gebietsfläche",
            "Area",
            "Land area",
            "Total area",
            "Surface area",
            "Municipal area"),
    PHASE(
            "Projektphase",
            "Phase",
            "Status",
            "Projektstatus",
            "Umsetzungsstand",
            "Stand",
            "Sachstand",
            "Projektstand",
            "Aktueller Stand",
            "Current status",
            "Stage",
            "Project stage",
            "Project phase",
            "Project status"),
    COSTS(
            "Kosten",
            "Budget",
            "Gesamtkosten",
            "Projektkosten",
            "Gesamtbudget",
            "Projektvolumen",
            "Costs",
            "Cost",
            "Total costs",
            "Total cost",
            "Project costs",
            "Total budget"),
    PERIOD(
            "Laufzeit",
            "Projektlaufzeit",
            "Zeitraum",
            "Projektzeitraum",
            "Dauer",
            "Projektdauer",
            "Period",
            "Project period",
            "Duration",
            "Project duration",
            "Timeframe",
            "Time frame"),
    START("Start", "Projektstart", "Beginn", "Projektbeginn", "Start date", "Project start", "Started"),
    END("Ende", "Projektende", "Abschluss", "End", "End date", "Project end"),
    FUNDING(
            "Förderung",
            "Förderprogramm",
            "Fördermittelgeber",
            "Fördergeber",
            "Finanzierung",
            "Gefördert durch",
            "Funding",
            "Funding programme",
            "Funding program",
            "Funded by"),
    CONTACT(
            "Kontakt",
            "Ansprechpartner",
            "Ansprechpartnerin",
            "Ansprechperson",
            "Kontaktperson",
            "Contact",
            "Contact person");

    /** Phase labels that also date pages, normalised: their value must name a phase. */
    private static final Set<String> DATING_LABELS = Set.of("stand", "sachstand", "projektstand", "aktueller stand");

    /** Longest label worth comparing; longer "labels" are sentences that happen to hold a colon. */
    static final int MAX_LABEL_LENGTH = 60;

    // Gender forms: "Einwohner:innen", "Einwohner*innen", "Einwohner_innen", "Einwohner/-innen",
    // "Ansprechpartner/in", "Ansprechpartner:in"; "EinwohnerInnen" is handled before lower-casing.
    private static final Pattern GENDER_SUFFIX = Pattern.compile("[:*_/·]-?in(?:nen)?(?![\\p{L}])");
    private static final Pattern CAPITAL_INNEN = Pattern.compile("(?<=\\p{Ll})Innen(?![\\p{L}])");
    // Units and years in brackets ("Fläche (km²)", "Einwohner (2023)") and a trailing unit clause
    // ("Kosten in Euro", "Fläche in km²").
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern UNIT_CLAUSE = Pattern.compile("\\s+in\\s+\\S+(?:\\s+\\S+)?$");
    private static final Pattern FOOTNOTE = Pattern.compile("[*¹²³]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, Fact> BY_LABEL = new HashMap<>();

    static {
        for (Fact fact : values()) {
            for (String label : fact.labels) {
                Fact earlier = BY_LABEL.put(normalise(label), fact);
                if (earlier != null) {
                    throw new IllegalStateException("Label '" + label + "' names both " + earlier + " and " + fact);
                }
            }
        }
    }

    private final List<String> labels;

    Fact(String... labels) {
        this.labels = List.of(labels);
    }

    /** The fact a page's label names, or empty. */
    static Optional<Fact> named(String label) {
        if (label.length() > MAX_LABEL_LENGTH) return Optional.empty();
        return Optional.ofNullable(BY_LABEL.get(normalise(label)));
    }

    /** Whether the label may date the page rather than name a phase ("Stand: 03/2024"). */
    static boolean mayDateThePage(String label) {
        return DATING_LABELS.contains(normalise(label));
    }

    /** A label as compared: lower case, without gender suffix, brackets, unit clause, colon or footnote mark. */
    static String normalise(String label) {
        String s = CAPITAL_INNEN.matcher(label.replace('\u00a0', ' ')).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = BRACKETS.matcher(s).replaceAll(" ");
        s = GENDER_SUFFIX.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = stripTrailing(s, ":–-");
        s = FOOTNOTE.matcher(s).replaceAll("");
        s = UNIT_CLAUSE.matcher(s).replaceAll("");
        return stripTrailing(s, ":–-");
    }

    private static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && (chars.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) end--;
        return s.substring(0, end);
    }
}
