package de.smilecity.exchange.crawl.internal.parse;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a page states under a label ("Einwohner: 208.400", a table row, a definition list), each
 * with the labels German and English pages use for it, and Dutch ones, which Flemish and Dutch
 * members of the partners' networks write. Labels are compared after {@link #normalise}
 * and must match whole, never as a part: "Einwohner je km²" and "Budget 2024" name no fact. A label
 * may only say whose fact it is after the label ("Einwohner der Gemeinde", "Area of the district"), or
 * qualify it as an estimate or a part of the project ({@link #named}).
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
            "People",
            "Number of inhabitants",
            "Inwoners",
            "Aantal inwoners",
            "Bevolking"),
    // The first level below the country goes by another name in each country: a Swiss canton, a
    // Polish voivodeship, a Dutch or Belgian provincie are what a German page calls the Bundesland.
    STATE(
            "Bundesland",
            "Land",
            "Region",
            "State",
            "Federal state",
            "County",
            "Province",
            "Provinz",
            "Provincie",
            "Canton",
            "Kanton",
            "Voivodeship",
            "Woiwodschaft"),
    AREA(
            "Fläche",
            "Gemeindefläche",
            "Stadtfläche",
            "Gesamtfläche",
            "Gemarkungsfläche",
            "Katasterfläche",
            "Gebietsfläche",
            "Kreisfläche",
            "Landkreisfläche",
            "Fläche des Landkreises",
            "Fläche des Kreises",
            "Fläche der Gemeinde",
            "Fläche der Stadt",
            "Area",
            "Land area",
            "Total area",
            "Surface area",
            "Parish area",
            "Village area",
            "Community area",
            "Oppervlakte",
            "Surface",
            "Gemarkung",
            "Gemeindegebiet",
            "Stadtgebiet",
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
            "Project status",
            "Planungsstand",
            "Fase",
            "Projectfase",
            // The stage of the building work, as a building project names its phase.
            "Bauphase",
            "Baustand",
            "Bauzustand"),
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
            "Total budget",
            "Investition",
            "Investitionen",
            "Investitionskosten",
            "Investitionsvolumen",
            "Gesamtinvestition",
            "Finanzvolumen",
            "Finanzierungsvolumen",
            "Kostenrahmen",
            "Investment",
            "Total investment",
            "Capital cost",
            "Overall cost",
            "Totale kosten",
            "Projectkosten",
            "Investering",
            "Begroting",
            // What building costs or is estimated to: a project's costs before the bill is in. "Bau" is
            // too short a modifier for the compound rule, so "Baukosten" is named here.
            "Baukosten",
            "Bausumme",
            "Kostenschätzung",
            "Cost estimate",
            "Construction cost",
            "Construction costs"),
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
            "Time frame",
            "Jahre",
            "Projektjahre",
            "Aufbauphase",
            "Umsetzungszeitraum",
            "Förderzeitraum",
            "Years",
            "Project years",
            "Implementation period",
            "Funding period",
            "Term",
            "Timeline",
            "Project timeline",
            "Dates",
            "Project dates",
            "Termine",
            "Running",
            "Runtime",
            "Run time",
            "Einführung",
            "Rollout",
            "Roll-out",
            "Bauzeit",
            "Zeitplan",
            "Schedule",
            "Works",
            "Construction period",
            "Construction",
            "Bauzeitraum",
            "Looptijd",
            "Periode",
            "Projectperiode",
            // A phase word as a label dates that phase ("Umsetzung: 2022 – 2023"); a one-off act dated
            // once ("Aufgestellt: Juli 2022") began and ended in that year.
            "Umsetzung",
            "Realisierung",
            "Aufgestellt",
            "Errichtet",
            "Gebaut",
            "Installiert",
            "Built",
            "Installed"),
    START(
            "Start",
            "Projektstart",
            "Beginn",
            "Projektbeginn",
            "Startjahr",
            "Seit",
            "Gestartet",
            "Start date",
            "Project start",
            "Started",
            "Start year",
            "Since",
            "Launched",
            "Eröffnung",
            "Eröffnet",
            "Opened",
            "Opening",
            "Baubeginn",
            "In Betrieb seit",
            "Geöffnet seit",
            "Open since",
            "Running since",
            "Operating since",
            "In operation since"),
    END(
            "Ende",
            "Projektende",
            "Abschluss",
            "Endjahr",
            "Projektabschluss",
            "Fertigstellung",
            "End",
            "End date",
            "Project end",
            "Ended",
            "Completion",
            "Bauende",
            "Einde",
            "Einddatum"),
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
            "Funded by",
            "Financiering",
            "Subsidie"),
    CONTACT(
            "Kontakt",
            "Ansprechpartner",
            "Ansprechpartnerin",
            "Ansprechperson",
            "Kontaktperson",
            "Contact",
            "Contact person",
            "Who to ask",
            "Ask",
            "Auskunft",
            "Contactpersoon");

    /** Phase labels that also date pages, normalised: their value must name a phase. */
    private static final Set<String> DATING_LABELS =
            Set.of("stand", "sachstand", "projektstand", "aktueller stand", "planungsstand");

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

    /**
     * Heads of German compound labels and the fact they name: "Einführungskosten" are costs,
     * "Förderlaufzeit" a period, whatever the first part says.
     */
    private static final Map<String, Fact> COMPOUND_HEADS =
            Map.of("kosten", COSTS, "budget", COSTS, "laufzeit", PERIOD, "zeitraum", PERIOD);

    /** Words before a label that make it an estimate or a plan of the same fact. */
    private static final Set<String> QUALIFIERS = Set.of(
            "geschätzte",
            "geschätzt",
            "geplante",
            "geplant",
            "voraussichtliche",
            "voraussichtlich",
            "erwartete",
            "estimated",
            "planned",
            "expected",
            "anticipated",
            "projected");

    /** Letters a compound label has before its head at least. */
    private static final int MIN_COMPOUND_MODIFIER = 4;

    /** "Kosten und Zeitraum", "Cost & timeline": one value under a label that names two facts. */
    private static final Pattern TWO_FACTS = Pattern.compile("\\s+(?:und|and|&|en)\\s+|\\s*/\\s*");

    /**
     * The facts a page's label names: the one fact, or both of a label that joins two ("Kosten und
     * Zeitraum: geschätzt 1,2 Mio. €, 2025 bis 2027"), whose value then holds both.
     */
    static List<Fact> namedAll(String label) {
        Optional<Fact> one = named(label);
        if (one.isPresent()) return List.of(one.get());
        if (label.length() > MAX_LABEL_LENGTH) return List.of();
        String[] parts = TWO_FACTS.split(label.strip());
        if (parts.length != 2) return List.of();
        Optional<Fact> first = named(parts[0]);
        Optional<Fact> second = named(parts[1]);
        if (first.isEmpty() || second.isEmpty() || first.get() == second.get()) return List.of();
        return List.of(first.get(), second.get());
    }

    /** The fact a page's label names, or empty. */
    static Optional<Fact> named(String label) {
        if (label.length() > MAX_LABEL_LENGTH) return Optional.empty();
        return asked(label).or(() -> byLabel(normalise(label)));
    }

    /** A question after how far a project has come: "Where are you now?", "Wie weit ist das Projekt?". */
    private static final Pattern PROGRESS_QUESTION = Pattern.compile(
            "^(?:where (?:are you|are we|is it|is the project) now|where (?:does it|do things) stand|how far|what stage"
                    + "|which stage|wie weit"
                    + "|wo steht|wie ist der stand|in welcher phase)\\b");

    /** A question after when: "When?", "Seit wann läuft es?", "How long does it run?". */
    private static final Pattern WHEN_QUESTION =
            Pattern.compile("^(?:when|since when|how long|wann|seit wann|bis wann|wie lange)\\b");

    /** A question after where: "Where is this?", "Wo liegt das?". */
    private static final Pattern WHERE_QUESTION = Pattern.compile("^(?:where|wo)\\b");

    private static final Pattern QUESTION_WORD = Pattern.compile("[\\p{L}-]{3,}");

    /**
     * The fact a label asks for, as FAQ blocks and accordions head their answers with questions: by the
     * question's kind (how many people live there, how far, when) or by the one label word it holds
     * ("How big is the area?", "What did it cost?"). A count of people other than those living there is
     * no population ("How many residents signed up?"), so only the first way asks for one.
     */
    static Optional<Fact> asked(String label) {
        String q = question(label);
        if (q.isEmpty()) return Optional.empty();
        if (POPULATION_QUESTION.matcher(q).matches()) return Optional.of(POPULATION);
        if (PROGRESS_QUESTION.matcher(q).find()) return Optional.of(PHASE);
        if (WHEN_QUESTION.matcher(q).find()) return Optional.of(PERIOD);
        Set<Fact> named = EnumSet.noneOf(Fact.class);
        Matcher words = QUESTION_WORD.matcher(q);
        while (words.find()) {
            Fact f = BY_LABEL.get(words.group());
            if (f != null && f != POPULATION) named.add(f);
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /** Whether a label asks where the project is: its answer names the place. */
    static boolean asksForThePlace(String label) {
        String q = question(label);
        return !q.isEmpty()
                && WHERE_QUESTION.matcher(q).find()
                && !PROGRESS_QUESTION.matcher(q).find();
    }

    /** The label in lower case if it is a question, else empty. */
    private static String question(String label) {
        // Every label is asked whether it is a question: the cheap answer first.
        if (!label.stripTrailing().endsWith("?")) return "";
        String q =
                Pictographs.stripLeading(label.replace('\u00a0', ' ')).strip().toLowerCase(Locale.ROOT);
        return q.endsWith("?") && q.length() <= MAX_LABEL_LENGTH ? q : "";
    }

    /**
     * A label put as a question, as accordions and FAQ blocks head their answers: "Wie viele Menschen
     * leben dort?", "How many people live here?" ask for the population.
     */
    private static final Pattern POPULATION_QUESTION =
            Pattern.compile("^(?:wie viele (?:menschen|einwohner\\p{L}*|leute) (?:leben|wohnen)"
                    + "|how many (?:people|residents|inhabitants) (?:live|are living))\\b.*\\?$");

    private static Optional<Fact> byLabel(String normalised) {
        Fact fact = BY_LABEL.get(normalised);
        if (fact != null) return Optional.of(fact);
        if (POPULATION_QUESTION.matcher(normalised).matches()) return Optional.of(POPULATION);
        Optional<Fact> owned = owned(normalised);
        if (owned.isPresent()) return owned;
        if (normalised.contains(" ")) return qualified(normalised);
        for (Map.Entry<String, Fact> head : COMPOUND_HEADS.entrySet()) {
            if (normalised.endsWith(head.getKey())
                    && normalised.length() >= head.getKey().length() + MIN_COMPOUND_MODIFIER) {
                return Optional.of(head.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * A label of two words that qualifies one of the catalogue's: an estimate or a plan before it
     * ("Geschätzte Kosten", "Planned duration"), or the part of the project after a compound head
     * ("Laufzeit Modellphase", "Kosten Bauabschnitt"). Longer labels are left alone: "Kosten pro
     * Fahrt" is no project's costs, nor is "Budget 2024".
     */
    private static Optional<Fact> qualified(String normalised) {
        String[] words = normalised.split(" ");
        if (words.length != 2) return Optional.empty();
        if (QUALIFIERS.contains(words[0])) return byLabel(words[1]);
        // "Budget 2024" is one year's budget, not the project's: the part after the head is a word.
        if (!words[1].chars().allMatch(Character::isLetter)) return Optional.empty();
        return Optional.ofNullable(COMPOUND_HEADS.get(words[0]));
    }

    /**
     * A one-word label followed by whose it is: "Einwohner der Gemeinde", "Fläche des Ortsteils",
     * "Population of the town", "Kosten für die Stadt". The owner narrows the fact down, it does not
     * change it. A label that dates pages is left alone: "Stand der Technik" is no phase.
     */
    private static Optional<Fact> owned(String normalised) {
        Matcher m = OWNER.matcher(normalised);
        if (!m.matches() || DATING_LABELS.contains(m.group(1))) return Optional.empty();
        Fact fact = BY_LABEL.get(m.group(1));
        // "Bauphase im Bau" is a phase's label and its value run together, not a phase "of" something.
        if (fact == PHASE
                && PhaseWords.phaseOf(normalised.substring(m.group(1).length())).isPresent()) return Optional.empty();
        return Optional.ofNullable(fact);
    }

    /** A word, then "der/des/of (the)/für …" and at most two words naming the owner. */
    private static final Pattern OWNER = Pattern.compile(
            "^(\\p{L}+) (?:der|des|im|in der|für die|für den|of(?: the)?|in(?: the)?|for(?: the)?) \\p{L}+(?: \\p{L}+)?$");

    /**
     * Labels of the place a project is in ("Gemeinde", "Town"), normalised: no fact of their own, but
     * their value often names the region too ("Neuwies, Saarland").
     */
    private static final Set<String> PLACE_LABELS = Set.of(
            "ort",
            "ortsgemeinde",
            "gemeinde",
            "stadt",
            "kommune",
            "standort",
            "town",
            "municipality",
            "place",
            "location",
            "village",
            "where",
            "wo",
            "city",
            "community",
            "dorp",
            "gemeente",
            "plaats");

    /** Whether the label names the project's place. */
    static boolean namesThePlace(String label) {
        return label.length() <= MAX_LABEL_LENGTH
                && (PLACE_LABELS.contains(normalise(label)) || asksForThePlace(label));
    }

    /** Whether the label may date the page rather than name a phase ("Stand: 03/2024"). */
    static boolean mayDateThePage(String label) {
        return DATING_LABELS.contains(normalise(label));
    }

    /** A label as compared: lower case, without gender suffix, brackets, unit clause, colon or footnote mark. */
    static String normalise(String label) {
        String s = CAPITAL_INNEN
                .matcher(Pictographs.stripLeading(label.replace('\u00a0', ' ')))
                .replaceAll("");
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
