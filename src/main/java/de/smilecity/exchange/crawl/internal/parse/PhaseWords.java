package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.shared.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a page's words for where a project stands ("abgeschlossen", "im Regelbetrieb", "Pilot
 * completed", "Operational") become one of the catalogue's {@link Phase}s, for pages whose source
 * names no label of its own.
 *
 * <p>The vocabulary is the catalogue's own phase names in German and English (the labels its pages
 * show, and the enum names) plus {@link #STATUS_WORDS}, the status words partner pages commonly use,
 * Dutch ones among them.
 * Words are compared folded (lower case, no umlauts or accents) and with their inflection: an entry
 * matches a word that starts with it and adds at most an ending ("abgeschlossen" also matches
 * "abgeschlossene", "operation" "operational"), and, for entries of {@value #MIN_HEAD_LENGTH} letters or
 * more, a German compound that ends with it ("Dauerbetrieb" is a "betrieb"). Generic heads
 * ("-phase", "-stufe") are taken off first, so "Umsetzungsphase" reads as "Umsetzung". The longest entry
 * wins, so "Testbetrieb" is a pilot, not an operation.
 *
 * <p>A text may name several things, separated by commas, semicolons or slashes: each part gives a
 * phase, and the most advanced part wins ("Planung abgeschlossen, Umsetzung läuft" is in
 * implementation), except that a stopped project is stopped. A completion word next to another phase
 * word means that phase is over, so the project is in the next one: "Pilot completed" and
 * "abgeschlossene Pilotphase" are in operation, "Planung abgeschlossen" in implementation. Text that
 * names no phase ("seit 2019", "Stand: 03/2024") gives none.
 */
final class PhaseWords {

    /** Shortest entry that may be the head of a compound ("betrieb" in "Dauerbetrieb"). */
    static final int MIN_HEAD_LENGTH = 5;

    /**
     * Common status words of German and English pages beside the catalogue's names, each with the
     * phase it stands for. Chosen by what the word says of the project now: work still under way — building, piloting, testing,
     * rolling out, expanding ("Ausbau", "scaling up") — is implementation, because the catalogue's
     * "scaled" is reached once the expansion is done; "abgeschlossen", "completed" mean the
     * implementation is over and its result in use (operation), and so does "beendet" ("Modellphase
     * beendet" is a phase that ended as planned); only words for a stop ("eingestellt",
     * "cancelled") are discontinued.
     */
    static final Map<String, Phase> STATUS_WORDS = statusWords();

    /** Words that say the phase beside them is over. */
    private static final Set<String> COMPLETION = Set.of(
            "afgerond",
            "voltooid",
            "abgeschlossen",
            "fertiggestellt",
            "erledigt",
            "beendet",
            "completed",
            "complete",
            "finished",
            "done",
            "concluded",
            "ended");

    /**
     * Words that say the project, or the phase beside them, runs now: alone they mean operation
     * ("Ongoing", "laufend"); beside a phase word they only say that this phase is the current one
     * ("Umsetzung läuft").
     */
    private static final Set<String> CURRENT = Set.of("laufend", "lauft", "ongoing", "running", "active", "aktiv");

    /** Generic heads of German compounds and English phrases, taken off before looking a word up. */
    private static final List<String> GENERIC_HEADS = List.of("phase", "stufe", "stadium", "projekt");

    /** Endings a word may add to an entry and still be it. */
    private static final List<String> ENDINGS =
            List.of("", "e", "en", "er", "es", "em", "n", "s", "d", "ed", "al", "ly", "t", "te", "ten");

    private static final Pattern PARTS = Pattern.compile("[,;/()|]|\\s+(?:und|and|but|aber|sowie)\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    /** Entry (folded words, space-separated) → phase; catalogue names first, then the status words. */
    private static final Map<String, Phase> VOCABULARY = vocabulary();

    private PhaseWords() {}

    /** The phase the text names, or empty when it names none. */
    static Optional<Phase> phaseOf(String text) {
        List<Phase> found = new ArrayList<>();
        for (String part : PARTS.split(fold(text))) {
            phaseOfPart(words(part)).ifPresent(found::add);
        }
        if (found.contains(Phase.DISCONTINUED)) return Optional.of(Phase.DISCONTINUED);
        return found.stream().max(Comparator.naturalOrder());
    }

    private static Optional<Phase> phaseOfPart(List<String> words) {
        List<Phase> phases = new ArrayList<>();
        boolean completed = false;
        boolean current = false;
        // The word before gave a phase: in an English phrase it narrows the word after it, so "pilot
        // operation" is a pilot as the compound "Pilotbetrieb" is, and the more specific word wins.
        boolean modified = false;
        for (int i = 0; i < words.size(); i++) {
            // Two-word entries first ("in betrieb", "scaling up", "on hold").
            if (i + 1 < words.size()) {
                Phase two = VOCABULARY.get(words.get(i) + " " + words.get(i + 1));
                if (two != null) {
                    phases.add(two);
                    modified = false;
                    i++;
                    continue;
                }
            }
            String word = words.get(i);
            if (COMPLETION.stream().anyMatch(c -> matches(word, c))) {
                completed = true;
                modified = false;
                continue;
            }
            if (CURRENT.stream().anyMatch(c -> matches(word, c))) {
                current = true;
                modified = false;
                continue;
            }
            Optional<Phase> phase = lookUp(word);
            if (phase.isPresent() && !modified) phases.add(phase.get());
            modified = phase.isPresent() && !modified;
        }
        if (completed) {
            // "Pilot completed": the named phase is over; alone, the implementation is.
            Phase over = phases.stream().max(Comparator.naturalOrder()).orElse(Phase.IMPLEMENTATION);
            return Optional.of(next(over));
        }
        if (phases.contains(Phase.DISCONTINUED)) return Optional.of(Phase.DISCONTINUED);
        if (phases.isEmpty() && current) return Optional.of(Phase.OPERATION);
        return phases.stream().max(Comparator.naturalOrder());
    }

    private static Phase next(Phase over) {
        return switch (over) {
            case IDEA -> Phase.STRATEGY;
            case STRATEGY -> Phase.IMPLEMENTATION;
            case IMPLEMENTATION, OPERATION -> Phase.OPERATION;
            case SCALED -> Phase.SCALED;
            case DISCONTINUED -> Phase.DISCONTINUED;
        };
    }

    /** The phase of one word: the longest entry it is, inflected or as a compound's head. */
    private static Optional<Phase> lookUp(String word) {
        String w = withoutGenericHead(word);
        String best = null;
        for (String entry : VOCABULARY.keySet()) {
            if (entry.indexOf(' ') >= 0) continue;
            boolean fits = matches(w, entry) || (entry.length() >= MIN_HEAD_LENGTH && endsWithInflected(w, entry));
            if (fits && (best == null || entry.length() > best.length())) best = entry;
        }
        return Optional.ofNullable(best).map(VOCABULARY::get);
    }

    private static String withoutGenericHead(String word) {
        for (String head : GENERIC_HEADS) {
            for (String ending : List.of("", "n", "en")) {
                String h = head + ending;
                if (word.length() > h.length() + 2 && word.endsWith(h)) {
                    String rest = word.substring(0, word.length() - h.length());
                    // The linking s of "Umsetzungsphase".
                    return rest.endsWith("ungs") || rest.endsWith("ions") ? rest.substring(0, rest.length() - 1) : rest;
                }
            }
        }
        return word;
    }

    private static boolean matches(String word, String entry) {
        if (!word.startsWith(entry)) return false;
        return ENDINGS.contains(word.substring(entry.length()));
    }

    private static boolean endsWithInflected(String word, String entry) {
        for (String ending : ENDINGS) {
            if (word.endsWith(entry + ending) && word.length() > entry.length() + ending.length()) return true;
        }
        return false;
    }

    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_LETTERS.split(folded)) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** Lower case without umlauts, ß and accents: "Übergabe" and "uebergabe" are one word. */
    static String fold(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // "ae" and "a" are one letter to a German reader: fold both spellings the same way.
        return s.replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    private static Map<String, Phase> vocabulary() {
        Map<String, Phase> words = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            ResourceBundle messages = language.bundle("i18n.messages");
            for (Phase phase : Phase.values()) {
                String key = "phase." + phase.name();
                if (!messages.containsKey(key)) continue;
                // "Verstetigt und ausgeweitet": each part names the phase on its own.
                for (String part : PARTS.split(fold(messages.getString(key)))) {
                    String entry = String.join(" ", words(part));
                    if (!entry.isEmpty()) words.putIfAbsent(entry, phase);
                }
            }
        }
        for (Phase phase : Phase.values()) words.putIfAbsent(fold(phase.name()), phase);
        STATUS_WORDS.forEach((word, phase) -> words.putIfAbsent(fold(word), phase));
        return Map.copyOf(words);
    }

    private static Map<String, Phase> statusWords() {
        Map<String, Phase> w = new LinkedHashMap<>();
        for (String s : List.of("Idee", "Ideenfindung", "Vorschlag", "Idea", "Proposal", "Proposed"))
            w.put(s, Phase.IDEA);
        for (String s : List.of(
                "Planung",
                "geplant",
                "in Planung",
                "Konzept",
                "Konzeption",
                "Vorbereitung",
                "Machbarkeitsstudie",
                "Ausschreibung",
                "Genehmigungsverfahren",
                "im Genehmigungsverfahren",
                "Genehmigungsphase",
                "Planfeststellung",
                "permitting",
                "awaiting approval",
                "planning",
                "planned",
                "concept",
                "design",
                "preparation",
                "feasibility",
                "in voorbereiding",
                "voorbereiding",
                "ontwerp")) w.put(s, Phase.STRATEGY);
        for (String s : List.of(
                "Umsetzung",
                "in Umsetzung",
                "Realisierung",
                "Pilot",
                "Pilotierung",
                "Pilotbetrieb",
                "Erprobung",
                "Test",
                "Testbetrieb",
                "Probebetrieb",
                "Modellversuch",
                "Modell",
                "Aufbau",
                "Ausbau",
                "Erweiterung",
                "Einführung",
                "Bau",
                "im Bau",
                "Entwicklung",
                "in Arbeit",
                "implementation",
                "in progress",
                "under way",
                "underway",
                "under construction",
                "construction",
                "development",
                "in development",
                "trial",
                "testing",
                "in delivery",
                "being delivered",
                "delivery",
                "rollout",
                "roll out",
                "rolling out",
                "deployment",
                "expansion",
                "scaling",
                "scaling up",
                // Dutch, as Flemish and Dutch members write it.
                "in aanbouw",
                "aanbouw",
                "in uitvoering",
                "uitvoering",
                "proefproject")) w.put(s, Phase.IMPLEMENTATION);
        for (String s : List.of(
                "Betrieb",
                "in Betrieb",
                "Regelbetrieb",
                "Dauerbetrieb",
                "im Einsatz",
                "umgesetzt",
                "realisiert",
                "operation",
                "operating",
                "operational",
                "in operation",
                "in use",
                "in daily use",
                "in Nutzung",
                "geöffnet",
                "eröffnet",
                "open",
                "opened",
                "live",
                "implemented",
                "in gebruik",
                "in bedrijf")) w.put(s, Phase.OPERATION);
        for (String s : List.of(
                "verstetigt",
                "Verstetigung",
                "ausgerollt",
                "ausgeweitet",
                "skaliert",
                "übertragen",
                "scaled",
                "rolled out",
                "mainstreamed")) w.put(s, Phase.SCALED);
        for (String s : List.of(
                "eingestellt",
                "abgebrochen",
                "gestoppt",
                "discontinued",
                "stopped",
                "cancelled",
                "canceled",
                "terminated",
                "abandoned")) w.put(s, Phase.DISCONTINUED);
        return w;
    }
}
