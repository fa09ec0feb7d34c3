package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.search.internal.CatalogueGlossary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * How a question is widened: compounds both ways, typos word by word, the other language through the
 * glossary, and the rare word of two counting more. Over a few entries of its own (written with words
 * the seed content does not use), archived again afterwards so that other tests of the same
 * application do not meet them.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionWideningTest {

    @Autowired
    SearchService search;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueGlossary glossary;

    private final List<String> saved = new ArrayList<>();

    @BeforeAll
    void saveFixtures() {
        entry("wt-gartenzwerg", "de", "Ein Gartenzwerg im Kurpark", "Der Gartenzwerg steht am Teich.", null);
        entry("wt-parts", "de", "Kühle Höfe für Senioren", "Wasser und Nutzung im Hof, Schutz vor Hitze.", null);
        entry("wt-compound", "de", "Kühle Höfe für Senioren", "Wasser und Nutzung im Hof, Hitzeschutz.", null);
        entry(
                "wt-rain-original",
                "en",
                "Rooftop cisterns in the port",
                "Cisterns on roofs collect water for the docks.",
                List.of("cistern harvesting", "rooftops"));
        Practice copy = entry(
                "wt-rain-copy",
                "de",
                "Dachzisternen im Hafen",
                "Zisternen auf Dächern sammeln Wasser für den Hafen.",
                List.of("Zisternenernte", "Dachflächen"));
        copy.setAdaptedFrom(catalogue.getPublished("wt-rain-original"));
        catalogue.save(copy);
        entry("wt-rain-other", "de", "Schulhof mit Zisternenernte", "Die Schule nutzt Zisternenernte für Beete.", null);
        entry(
                "wt-rare-main",
                "de",
                "Tintenfischzählung mit Sonar",
                "Die Tintenfischzählung erfasst Bestände am Kai mit Sonar.",
                List.of("Tintenfischzählung"));
        for (int i = 0; i < 2; i++) {
            Practice weak = entry("wt-rare-weak-" + i, "de", "Hafenfest am Kai " + i, "Ein Fest am Wasser.", null);
            weak.setDescription("Die Verwaltung hilft beim Fest; am Rand gibt es auch eine Tintenfischzählung.");
            catalogue.save(weak);
        }
        entry("wt-typo", "de", "Bürgerbüro ohne Wartezeit", "Digitalisierng der Verwaltung im Bürgerbüro.", null);
        // Words that only the dictionary pairs: no concept label, synonym or translated copy does.
        entry(
                "wt-dict-termine",
                "de",
                "Terminvergabe im Bürgerbüro",
                "Die Terminvergabe läuft über das Portal; am Schalter gibt es Wartemarken.",
                null);
        entry(
                "wt-dict-booking",
                "en",
                "Appointment booking for the registry",
                "Residents use appointment booking before they come to the registry.",
                null);
        entry("wt-dict-streu", "de", "Streudienst mit Sole", "Der Streudienst sprüht Sole, bevor es friert.", null);
        entry(
                "wt-dict-gritting",
                "en",
                "Gritting lorries on a live map",
                "The depot shows where gritting has been done on icy roads.",
                null);
        entry(
                "wt-dict-obstwiese",
                "de",
                "Alte Apfelsorten am Hang",
                "Eine Streuobstwiese am Ortsrand wird von Freiwilligen gepflegt.",
                null);
        glossary.rebuild();
    }

    @AfterAll
    void archiveFixtures() {
        for (String slug : saved) {
            Practice practice = catalogue.getForEdit(slug);
            TestStates.in(practice, PracticeState.ARCHIVED);
            catalogue.save(practice);
        }
        glossary.rebuild();
    }

    @Test
    void aCompoundInTheQuestionFindsTextsThatSpellItOutButRanksTheCompoundFirst() {
        List<String> hits = slugs(find("Hitzeschutz"));
        assertThat(hits).contains("wt-parts", "wt-compound");
        assertThat(hits.indexOf("wt-compound")).isLessThan(hits.indexOf("wt-parts"));
    }

    @Test
    void wordsInPartsFindTheCompoundTheCatalogueWrites() {
        // "Zwerg" is no part of the word list, so the index holds only the whole compound.
        assertThat(slugs(find("Garten Zwerg")).getFirst()).isEqualTo("wt-gartenzwerg");
    }

    @Test
    void eachMisspeltWordIsCorrectedEvenWhenTheOthersMatchPlenty() {
        SearchResult result = find("Bürgerbeteilgung Plattfrom");
        assertThat(result.didYouMean()).isEqualTo("Bürgerbeteiligung Plattform");
        assertThat(result.fuzzy()).isTrue();
        assertThat(slugs(result).subList(0, 3)).contains("rostock-beteiligungsplattform-mein-rostock");
    }

    @Test
    void aWordThatOnlyATypoInOneEntryHasIsCorrectedToTheCommonWord() {
        SearchResult result = find("Digitalisierng Verwaltung");
        assertThat(result.didYouMean()).isEqualTo("Digitalisierung Verwaltung");
    }

    @Test
    void anEnglishQuestionFindsGermanEntriesThroughATranslatedCopyAndSaysWhich() {
        SearchResult result = find("cistern harvesting");
        assertThat(slugs(result)).contains("wt-rain-other");
        SearchHit other = result.hits().stream()
                .filter(h -> h.slug().equals("wt-rain-other"))
                .findFirst()
                .orElseThrow();
        assertThat(other.translations())
                .containsExactly(new MatchedTranslation("cistern harvesting", "Zisternenernte"));
        SearchHit original = result.hits().stream()
                .filter(h -> h.slug().equals("wt-rain-original"))
                .findFirst()
                .orElseThrow();
        assertThat(original.translations()).isEmpty();
        assertThat(slugs(result).indexOf("wt-rain-original"))
                .isLessThan(slugs(result).indexOf("wt-rain-other"));
    }

    @Test
    void anEnglishQuestionFindsAGermanEntryThroughTheDictionaryAndSaysWhich() {
        SearchResult result = find("appointment booking");
        SearchHit german = hit(result, "wt-dict-termine");
        assertThat(german.translations())
                .containsExactly(new MatchedTranslation("appointment booking", "Terminvergabe"));
        assertThat(hit(result, "wt-dict-booking").translations()).isEmpty();
        assertThat(slugs(result).indexOf("wt-dict-booking"))
                .isLessThan(slugs(result).indexOf("wt-dict-termine"));
    }

    @Test
    void aGermanQuestionFindsAnEnglishEntryThroughTheDictionaryButRanksItsOwnLanguageFirst() {
        SearchResult result = find("Streudienst");
        assertThat(hit(result, "wt-dict-gritting").translations())
                .containsExactly(new MatchedTranslation("Streudienst", "gritting"));
        assertThat(slugs(result).indexOf("wt-dict-streu"))
                .isLessThan(slugs(result).indexOf("wt-dict-gritting"));
    }

    @Test
    void aDictionaryWordWhoseTranslationNoEntryHoldsChangesNothing() {
        // "Streuobstwiese" is in the dictionary; "traditional orchard" is in no text. The word searched as
        // a phrase is never translated, so both must find the same entries in the same order. (A word one
        // entry holds may be corrected as a typo of a far more frequent neighbour on an index of many
        // entries, which is another rule; this word has no such neighbour.)
        SearchResult widened = find("Streuobstwiese");
        assertThat(slugs(widened)).contains("wt-dict-obstwiese").isEqualTo(slugs(find("\"Streuobstwiese\"")));
        assertThat(widened.hits())
                .allSatisfy(hit -> assertThat(hit.translations()).isEmpty());
    }

    @Test
    void conceptLabelsTranslateToo() {
        // The innovation field's English label finds German entries whose texts use the German label.
        Concept mobility = catalogue.conceptsByKey().get("innovation-field:mobility");
        SearchResult result = find(mobility.getLabelEn());
        assertThat(result.hits())
                .anySatisfy(hit -> assertThat(hit.translations())
                        .contains(new MatchedTranslation(mobility.getLabelEn(), mobility.getLabelDe())));
    }

    @Test
    void theRareConceptOfTwoIsNotDrownedByTheBroadOne() {
        List<String> hits = slugs(find("Verwaltung Tintenfischzählung"));
        assertThat(hits.getFirst()).isEqualTo("wt-rare-main");
    }

    @Test
    void aFilterKeepsTheOrderOfTheEntriesItKeeps() {
        // Filters choose entries and score nothing; the words weigh what they weigh in the whole catalogue.
        for (String question : List.of("digitaler Zwilling", "Verwaltung Tintenfischzählung", "Hitzeschutz")) {
            Map<Facet, List<String>> bavaria = Map.of(Facet.STATE, List.of("Bayern"));
            SearchResult filtered =
                    search.search(new SearchRequest(question, bavaria, SearchSort.RELEVANCE, 0, 100, null));
            List<String> all = slugs(find(question));
            List<String> kept = slugs(filtered);
            assertThat(kept)
                    .as(question)
                    .isEqualTo(all.stream().filter(kept::contains).toList());
            assertThat(all.stream().filter(kept::contains).count()).as(question).isEqualTo(kept.size());
        }
    }

    @Test
    void aSavedTranslatedCopyReachesTheGlossaryWithinItsLongestWait() throws InterruptedException {
        // A word with no common neighbour within two edits, so that the spelling check leaves it as asked.
        entry("wt-late-original", "en", "Hedgehogs in allotments", "Shelters for hedgehogs.", List.of("hedgehogs"));
        Practice copy =
                entry("wt-late-copy", "de", "Igel im Kleingarten", "Unterschlupf für Igel.", List.of("Igelburg"));
        copy.setAdaptedFrom(catalogue.getPublished("wt-late-original"));
        catalogue.save(copy);
        entry("wt-late-other", "de", "Igelburg am Vereinsheim", "Eine Igelburg im Garten.", null);
        // No explicit rebuild: the searches themselves tell the glossary that the index changed.
        Duration bound = CatalogueGlossary.MAX_WAIT.plusSeconds(10);
        long start = System.nanoTime();
        while (find("hedgehogs").hits().stream()
                .noneMatch(hit -> hit.slug().equals("wt-late-other")
                        && !hit.translations().isEmpty())) {
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("time until 'hedgehogs' finds the German 'Igelburg' through the glossary")
                    .isLessThan(bound);
            Thread.sleep(100);
        }
    }

    private SearchResult find(String query) {
        return search.search(new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 100, null));
    }

    private static SearchHit hit(SearchResult result, String slug) {
        return result.hits().stream()
                .filter(h -> h.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No hit '" + slug + "' among " + slugs(result)));
    }

    private static List<String> slugs(SearchResult result) {
        return result.hits().stream().map(SearchHit::slug).toList();
    }

    private Practice entry(String slug, String language, String title, String summary, List<String> keywords) {
        Map<String, Concept> concepts = catalogue.conceptsByKey();
        Practice p = catalogue.newPractice(catalogue.getOrganisation("rostock"));
        p.setSlug(slug);
        p.setTitle(title);
        p.setSummary(summary);
        p.setDescription(summary);
        p.setLanguage(language);
        p.setConcepts(ConceptScheme.INNOVATION_FIELD, Set.of(concepts.get("innovation-field:environment")));
        if (keywords != null) p.setKeywords(keywords);
        p.setPhase(Phase.OPERATION);
        TestStates.in(p, PracticeState.PUBLISHED);
        Practice stored = catalogue.save(p);
        saved.add(slug);
        return stored;
    }
}
