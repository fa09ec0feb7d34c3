package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A passage question widened to the other language with the catalogue's {@link Glossary}, so that an
 * English question finds the page of a German report that answers it, and the other way round: each
 * word of a term the glossary knows may be found on a page as itself (with all of {@link
 * PassagePlan}'s analysis) or as one of the term's translations, as a phrase. A word stays one clause
 * either way, so a page in the other language needs as many of the question's words as a page in its
 * own. A German compound the glossary does not know is looked up by its last part, and a separable
 * verb whose particle closes the question joined to its particle. A question the glossary knows
 * nothing of is returned as it is.
 */
final class PassageTranslations {

    /** Letters at least of the last part of a compound looked up on its own, and of what comes before it. */
    static final int MIN_HEAD = 5;

    static final int MIN_MODIFIER = 3;

    private final Analyzer folding = TextAnalyzers.germanSynonymEntries();

    /** The question with the translations of every term the glossary knows. */
    PassageQuestion widen(PassageQuestion question, Glossary glossary) {
        if (glossary.size() == 0) return question;
        Map<String, List<String>> translations = new LinkedHashMap<>();
        for (List<Unit> group : question.words().groups()) {
            if (group.size() != 1 || group.getFirst().phrase()) continue;
            List<String> words = group.getFirst().words();
            List<String> folded =
                    words.stream().map(word -> Glossary.fold(folding, word)).toList();
            // A glossary keeps terms as the catalogue writes them, mostly in the singular: "mobility
            // hubs" is looked up as "mobility hub" too.
            List<String> singular =
                    folded.stream().map(PassageTranslations::singular).toList();
            for (List<String> form : List.of(folded, singular)) {
                // The form as asked wins: a word the glossary knows as asked keeps that term's
                // translations, so the catalogue's own pair is not joined by the dictionary's looser
                // ones for the singular ("businesses" is a target group, "business" a trade).
                Set<String> known = Set.copyOf(translations.keySet());
                for (Glossary.Match match : glossary.lookup(words, form)) {
                    for (String word : words.subList(match.start(), match.end())) {
                        if (known.contains(word.toLowerCase(Locale.ROOT))) continue;
                        add(translations, word, match.to());
                    }
                }
            }
            for (String word : words) {
                if (translations.containsKey(word.toLowerCase(Locale.ROOT))) continue;
                // A compound the glossary does not know is a kind of its last part: a "Bankkredit" is
                // a "Kredit", so a page in the other language speaks of a "loan".
                for (String head : heads(word)) {
                    List<Glossary.Match> known = glossary.lookup(List.of(head), List.of(Glossary.fold(folding, head)));
                    if (known.isEmpty()) continue;
                    known.forEach(match -> add(translations, word, match.to()));
                    break;
                }
            }
            String particle = question.particle();
            if (particle != null) {
                for (String word : words) {
                    // "Ab wann zahlt der Verein das Darlehen zurück?": the verb the glossary knows is
                    // "zurückzahlen"; its translation is one for both the verb and its particle.
                    if (word.equalsIgnoreCase(particle) || !isWord(word)) continue;
                    for (String verb : joined(particle, word.toLowerCase(Locale.ROOT))) {
                        for (Glossary.Match match :
                                glossary.lookup(List.of(verb), List.of(Glossary.fold(folding, verb)))) {
                            add(translations, word, match.to());
                            if (words.stream().anyMatch(particle::equalsIgnoreCase)) {
                                add(translations, particle, match.to());
                            }
                        }
                    }
                }
            }
        }
        if (translations.isEmpty()) return question;
        Map<String, List<String>> kept = new LinkedHashMap<>();
        translations.forEach((word, terms) -> kept.put(word, List.copyOf(terms)));
        return new PassageQuestion(
                question.page(), question.words(), question.asksCosts(), question.particle(), Map.copyOf(kept));
    }

    /**
     * The last parts a German compound may end with, longest first: after its last hyphen
     * ("Wärmepumpen-Genossenschaft" → "Genossenschaft") and, in a noun (capitalised, as German writes
     * nouns), every ending of at least {@value #MIN_HEAD} letters after at least {@value #MIN_MODIFIER}
     * ("Bankkredit" → "ankkredit", …, "kredit"); none for a word too short to be a compound.
     */
    static List<String> heads(String word) {
        List<String> heads = new ArrayList<>();
        String last = word;
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            last = word.substring(hyphen + 1);
            heads.add(last);
        }
        if (!last.isEmpty() && Character.isUpperCase(last.codePointAt(0)) && isWord(last)) {
            for (int i = MIN_MODIFIER; i + MIN_HEAD <= last.length(); i++) heads.add(last.substring(i));
        }
        return heads;
    }

    /**
     * The infinitives a particle and a finite verb may make: "zurück" and "zahlen" → "zurückzahlen";
     * "aus" and "zahlt" → "auszahlt" and "auszahlen". An irregular verb ("fängt … an") finds none.
     */
    static List<String> joined(String particle, String verb) {
        if (verb.endsWith("t") && !verb.endsWith("et") && verb.length() > 3) {
            return List.of(particle + verb, particle + verb.substring(0, verb.length() - 1) + "en");
        }
        return List.of(particle + verb);
    }

    private static boolean isWord(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    private static void add(Map<String, List<String>> translations, String word, List<String> to) {
        List<String> terms = translations.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new ArrayList<>());
        to.stream().filter(t -> !terms.contains(t)).forEach(terms::add);
    }

    /**
     * An English plural's singular by its regular ending ("hubs", "buses", "cities"); other words as
     * they are. A German word this changes ("Kurs") finds nothing more than before in an English glossary key.
     */
    static String singular(String folded) {
        if (folded.length() <= 3 || folded.contains(" ")) return folded;
        if (folded.endsWith("ies")) return folded.substring(0, folded.length() - 3) + "y";
        if (folded.endsWith("ses") || folded.endsWith("xes") || folded.endsWith("ches") || folded.endsWith("shes")) {
            return folded.substring(0, folded.length() - 2);
        }
        if (folded.endsWith("s") && !folded.endsWith("ss") && !folded.endsWith("us")) {
            return folded.substring(0, folded.length() - 1);
        }
        return folded;
    }
}
