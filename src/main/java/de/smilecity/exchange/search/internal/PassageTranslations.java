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
 * own. A question the glossary knows nothing of is returned as it is.
 */
final class PassageTranslations {

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
                        List<String> terms =
                                translations.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new ArrayList<>());
                        match.to().stream().filter(t -> !terms.contains(t)).forEach(terms::add);
                    }
                }
            }
        }
        if (translations.isEmpty()) return question;
        Map<String, List<String>> kept = new LinkedHashMap<>();
        translations.forEach((word, terms) -> kept.put(word, List.copyOf(terms)));
        return new PassageQuestion(question.page(), question.words(), question.asksCosts(), Map.copyOf(kept));
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
