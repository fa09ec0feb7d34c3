package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.search.SearchResult.FacetCount;
import de.smilecity.exchange.testsupport.TestPractices;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What city staff type, and what they must get back, over the seed content. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    IndexMaintenance index;

    SearchResult find(String query) {
        return search.search(SearchRequest.of(query));
    }

    List<String> slugs(SearchResult result) {
        return result.hits().stream().map(SearchHit::slug).toList();
    }

    @Test
    void aPartOfACompoundFindsTheCompound() {
        SearchResult result = find("Beteiligung");
        assertThat(slugs(result))
                .contains("rostock-beteiligungsplattform-mein-rostock", "hamburg-dipas-digitale-beteiligung");
        assertThat(result.hits().getFirst().highlights()).isNotEmpty();
        assertThat(result.hits().getFirst().highlights().values().stream().flatMap(List::stream))
                .anyMatch(s -> s.contains("<mark>"));
    }

    @Test
    void inflectedFormsFindTheirWord() {
        assertThat(slugs(find("Schulen"))).contains("rostock-schul-workshops-smart-city");
        assertThat(find("Hitzeschutz").total()).isGreaterThan(0);
    }

    @Test
    void aTypoIsForgivenAndCorrected() {
        SearchResult result = find("Bürgerbeteilgung");
        assertThat(result.total()).isGreaterThan(0);
        assertThat(result.didYouMean()).isEqualTo("Bürgerbeteiligung");
        assertThat(slugs(result)).contains("rostock-beteiligungsplattform-mein-rostock");
    }

    @Test
    void englishFindsGermanEntriesAndTheOtherWayRound() {
        assertThat(slugs(find("citizen participation")))
                .contains("rostock-beteiligungsplattform-mein-rostock", "barcelona-decidim-participation-platform");
    }

    @Test
    void phrasesExclusionsAndOrWork() {
        long lastenrad = find("Lastenrad").total();
        long either = find("Lastenrad OR Telemedizin").total();
        assertThat(either).isGreaterThan(lastenrad);
        assertThat(slugs(find("Lastenrad -Rostock"))).noneMatch(s -> s.startsWith("rostock"));
        assertThat(find("\"offene Daten\"").total()).isGreaterThan(0);
    }

    @Test
    void facetCountsAgreeWithFilteredSearches() {
        SearchResult all = find("");
        assertThat(all.total())
                .isEqualTo(catalogue.countPublished(de.smilecity.exchange.catalogue.PracticeFilter.NONE));
        for (Facet first : List.of(Facet.FIELD, Facet.PHASE, Facet.STATE, Facet.KIND)) {
            for (Facet second : List.of(Facet.SIZE_CLASS, Facet.LANGUAGE, Facet.PILLAR)) {
                FacetCount a = all.facets().get(first).getFirst();
                SearchResult filtered = search.search(request("", Map.of(first, List.of(a.value()))));
                assertThat(filtered.total()).isEqualTo(a.count());
                for (FacetCount b : filtered.facets().get(second)) {
                    SearchResult both =
                            search.search(request("", Map.of(first, List.of(a.value()), second, List.of(b.value()))));
                    assertThat(both.total())
                            .as("%s=%s and %s=%s", first, a.value(), second, b.value())
                            .isEqualTo(b.count());
                }
            }
        }
    }

    @Test
    void withSeveralFiltersEachFacetCountsWithoutItsOwnFilterOnly() {
        SearchResult all = find("");
        Map<Facet, List<String>> three = new EnumMap<>(Facet.class);
        for (Facet facet : List.of(Facet.FIELD, Facet.LANGUAGE, Facet.PHASE)) {
            three.put(facet, List.of(all.facets().get(facet).getFirst().value()));
        }
        SearchResult filtered = search.search(request("", three));
        for (Facet facet : three.keySet()) {
            Map<Facet, List<String>> others = new EnumMap<>(three);
            others.remove(facet);
            SearchResult withoutIt = search.search(request("", others));
            assertThat(counts(filtered.facets().get(facet)))
                    .as("%s with the other two filters", facet)
                    .isEqualTo(counts(withoutIt.facets().get(facet)))
                    .isNotEmpty();
        }
        // A facet without a filter of its own counts the entries that pass all three.
        assertThat(counts(filtered.facets().get(Facet.ADAPTED)).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(filtered.total());
    }

    private static Map<String, Long> counts(List<FacetCount> facet) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        facet.forEach(count -> counts.put(count.value(), count.count()));
        return counts;
    }

    @Test
    void aFacetsOwnSelectionDoesNotShrinkItsCounts() {
        SearchResult all = find("");
        List<FacetCount> fields = all.facets().get(Facet.FIELD);
        SearchResult selected = search.search(
                request("", Map.of(Facet.FIELD, List.of(fields.getFirst().value()))));
        assertThat(selected.facets().get(Facet.FIELD))
                .containsExactlyInAnyOrderElementsOf(fields.stream()
                        .map(c -> new FacetCount(
                                c.value(),
                                c.count(),
                                c.value().equals(fields.getFirst().value())))
                        .toList());
        SearchResult two = search.search(request(
                "",
                Map.of(Facet.FIELD, List.of(fields.get(0).value(), fields.get(1).value()))));
        assertThat(two.total())
                .isGreaterThanOrEqualTo(
                        Math.max(fields.get(0).count(), fields.get(1).count()));
    }

    @Test
    void sortsByNewestAndTitle() {
        List<String> keys =
                search.search(new SearchRequest("", Map.of(), SearchSort.TITLE, 0, 100, null)).hits().stream()
                        .map(h -> fold(h.title()))
                        .toList();
        assertThat(keys).isSorted();
        List<java.time.Instant> published =
                search.search(new SearchRequest("", Map.of(), SearchSort.NEWEST, 0, 100, null)).hits().stream()
                        .map(h -> catalogue.getPublished(h.slug()).getPublishedAt())
                        .toList();
        assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /**
     * The search ranks with a Lucene sort and the exports scroll with Hibernate Search's: whatever
     * produces either, an export must list the entries in the order the search shows them.
     */
    @Test
    void theExportScrollOrdersLikeTheSearch() {
        for (String query : List.of("", "Beteiligung")) {
            for (SearchSort sort : List.of(SearchSort.NEWEST, SearchSort.TITLE, SearchSort.ADAPTATIONS)) {
                SearchRequest request = new SearchRequest(query, Map.of(), sort, 0, 100, null);
                SearchResult shown = search.search(request);
                assertThat(shown.total()).isBetween(2L, 100L);
                List<Long> exported = new java.util.ArrayList<>();
                search.forEachMatchingId(request, 7, exported::addAll);
                assertThat(exported)
                        .as("%s sorted by %s", "'" + query + "'", sort)
                        .containsExactlyElementsOf(
                                shown.hits().stream().map(SearchHit::id).toList());
            }
        }
    }

    @Test
    void aSavedEntryIsFindableRightAwayAndADraftNever() {
        Practice draft = TestPractices.rostockBeteiligungsplattform(catalogue, "suche-entwurf-" + System.nanoTime());
        draft.setTitle("Quokkabeobachtung im Stadtpark");
        TestStates.in(draft, PracticeState.DRAFT);
        catalogue.save(draft);
        assertThat(find("Quokkabeobachtung").total()).isZero();

        Practice published = catalogue.getForEdit(draft.getSlug());
        TestStates.in(published, PracticeState.PUBLISHED);
        // Asked straight after the save, with no wait: the save itself makes the entry findable. A
        // time limit here would measure the build machine's load, not the code.
        catalogue.save(published);
        assertThat(slugs(find("Quokkabeobachtung"))).containsExactly(draft.getSlug());

        Practice archived = catalogue.getForEdit(draft.getSlug());
        TestStates.in(archived, PracticeState.ARCHIVED);
        catalogue.save(archived);
        assertThat(find("Quokkabeobachtung").total()).isZero();
    }

    @Test
    void suggestsFromTheSecondCharacter() {
        assertThat(search.suggest("L", 5)).isEmpty();
        List<Suggestion> suggestions = search.suggest("Lasten", 5);
        assertThat(suggestions).extracting(Suggestion::text).anyMatch(t -> t.contains("Lastenrad"));
        assertThat(search.suggest("Ros", 5)).anyMatch(s -> s.type() == Suggestion.Type.ORGANISATION);
    }

    @Test
    void findsSimilarPracticesButNotTheEntryItself() {
        Practice platform = catalogue.getPublished("rostock-beteiligungsplattform-mein-rostock");
        List<SearchHit> similar = search.similar(platform, 5);
        assertThat(similar).isNotEmpty().noneMatch(h -> h.slug().equals(platform.getSlug()));
        assertThat(similar)
                .extracting(SearchHit::slug)
                .containsAnyOf(
                        "hamburg-dipas-digitale-beteiligung",
                        "vorlage-beteiligungsplattform-einfuehren",
                        "gera-beteiligungsportal-stadtplanung",
                        "barcelona-decidim-participation-platform");
    }

    @Test
    void ranksCitiesLikeMineFirstAndSaysWhy() {
        SearchResult like = search.search(new SearchRequest("", Map.of(), SearchSort.RELEVANCE, 0, 5, "kiel"));
        SearchHit first = like.hits().getFirst();
        assertThat(first.organisationSlug()).isNotEqualTo("kiel");
        assertThat(first.closeness()).extracting(Closeness.Reason::key).contains("closeness.sizeClass");
    }

    @Test
    void theIndexMatchesTheDatabase() {
        IndexHealth health = index.health();
        assertThat(health.missingIds()).isEmpty();
        assertThat(health.orphanedIds()).isEmpty();
        assertThat(health.documentsInIndex())
                .isEqualTo(health.publishedInDatabase())
                .isGreaterThanOrEqualTo(40);
    }

    /** Titles sort as a reader expects: case, accents and leading quotes or hashes do not count. */
    private static String fold(String title) {
        String lower = title.toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "a")
                .replace("ö", "o")
                .replace("ü", "u")
                .replace("ß", "ss");
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceFirst("^[^\\p{L}\\p{N}]+", "");
    }

    private static SearchRequest request(String query, Map<Facet, List<String>> filters) {
        return new SearchRequest(query, new EnumMap<>(filters), SearchSort.RELEVANCE, 0, 10, null);
    }

    @Test
    void marksMatchingTaxonomyLabelsOfEitherLanguage() {
        // "Transport" is an English variant of the innovation field "Mobilität", which German entries
        // carry too: their labels are marked through the English analysis.
        SearchResult result = find("Transport");
        List<String> labels = result.hits().stream()
                .filter(hit -> hit.language().equals("de"))
                .map(hit -> hit.highlights().get("taxonomy"))
                .filter(java.util.Objects::nonNull)
                .flatMap(List::stream)
                .toList();
        assertThat(labels).isNotEmpty().allSatisfy(snippet -> {
            assertThat(snippet).contains("<mark>Transport</mark>");
            assertThat(snippet.split(" · ")).hasSizeLessThanOrEqualTo(3);
        });
    }
}
