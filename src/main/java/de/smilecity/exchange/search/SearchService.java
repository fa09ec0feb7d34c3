package de.smilecity.exchange.search;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PublishedReport;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.search.SearchResult.FacetCount;
import de.smilecity.exchange.search.internal.Prefixes;
import de.smilecity.exchange.search.internal.SearchEngine;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.Quoted;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue search: the module's API for the search page, the API and the exports. It checks what
 * the index cannot (the organisation of "cities like mine", the length of a typed suggestion), asks the
 * {@link SearchEngine} for everything that reads the index, and shapes the answer. How the engine
 * ranks, counts and corrects is described in {@code docs/architecture.md}.
 */
@Service
public class SearchService {

    /** Autocomplete starts with the second character. */
    public static final int MIN_SUGGEST_LENGTH = 2;

    /** Passages one search answers with at most. */
    public static final int MAX_PASSAGES = 50;

    private final CatalogueService catalogue;
    private final Reports reports;
    private final SearchEngine engine;

    SearchService(CatalogueService catalogue, Reports reports, SearchEngine engine) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.engine = engine;
    }

    /**
     * Words are matched in the entry's language fields with field weights; entries with all words come
     * first. Words the catalogue does not know trigger a typo-tolerant retry and a "did you mean". Facet
     * counts are disjunctive: a facet's own selection does not shrink its own counts.
     *
     * <p>Runs outside any database transaction (which cost four statements per search): only "cities
     * like mine" reads the organisations from the database.
     *
     * @throws SearchLimitException when the query has more words (with their synonyms) than the index
     *     takes in one query
     * @throws BadRequestException when {@code like} names no organisation
     */
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        Map<String, Closeness> closeness = closeness(request.likeOrganisation());
        SearchEngine.Found found = engine.search(request, closeness);
        Map<Facet, List<FacetCount>> facets = facets(request, found.counts());
        long took = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(found.total(), took, found.hits(), facets, found.didYouMean(), found.fuzzy());
    }

    /**
     * Autocomplete from the second character on: titles, keywords and organisations whose words start
     * with what was typed (the last word may be incomplete).
     *
     * @return at most {@code max} proposals of each type, titles first
     * @throws SearchLimitException for more than {@code q} of a search may take
     */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String typed, int max) {
        String text = typed.strip();
        SearchRequest.checkQuery(text);
        if (text.length() < MIN_SUGGEST_LENGTH) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>(engine.suggest(text, max));
        Prefixes prefixes = Prefixes.of(text);
        catalogue.organisations().stream()
                .filter(o -> prefixes.matches(o.getName()))
                .limit(max)
                .forEach(o -> suggestions.add(new Suggestion(o.getName(), Suggestion.Type.ORGANISATION, o.getSlug())));
        return suggestions;
    }

    /**
     * The ids of every published entry that the request's words and filters select, in the request's
     * order, handed over in chunks so that a caller can stream a catalogue of any size in constant
     * memory. The question is widened as for a search (corrections, compounds, translations). Page and size of the request are ignored.
     *
     * @param chunkSize ids per call of {@code chunks}
     */
    @Transactional(readOnly = true)
    public void forEachMatchingId(SearchRequest request, int chunkSize, Consumer<List<Long>> chunks) {
        engine.forEachMatchingId(request, closeness(request.likeOrganisation()), chunkSize, chunks);
    }

    /** Published entries most like the given one, the entry itself excluded. */
    @Transactional(readOnly = true)
    public List<SearchHit> similar(Practice practice, int max) {
        return engine.similar(practice, max);
    }

    /**
     * Pages of partner reports that hold every word of the query, best first, each beside the
     * published entry its report belongs to: "page 14 of the evaluation report" with the passage
     * marked. A visitor never sees a passage of a report whose entry is not published (a draft, in
     * review, archived) or that belongs to no entry: the index holds the pages of every attached
     * report, and the search takes only those of the entries the database names as published now,
     * and checks each hit's report once more when it reads the titles.
     *
     * @param max passages at most, 1 to {@link #MAX_PASSAGES}
     * @return nothing before the query has a word
     * @throws SearchLimitException for more than {@code q} of a search may take, or a {@code max}
     *     outside its bounds
     */
    @Transactional(readOnly = true)
    public List<Passage> passages(String q, int max) {
        String text = q.strip();
        SearchRequest.checkQuery(text);
        if (max < 1 || max > MAX_PASSAGES) {
            throw new SearchLimitException(
                    SearchLimitException.Limit.SIZE,
                    SearchRequest.SIZE,
                    MAX_PASSAGES,
                    max,
                    "size must be between 1 and " + MAX_PASSAGES + ", was " + max);
        }
        if (text.isEmpty()) return List.of();
        List<Long> published = reports.publishedEntriesWithText();
        if (published.isEmpty()) return List.of();
        List<SearchEngine.PageHit> hits = engine.passages(text, published, max);
        Set<Long> reportIds = new java.util.HashSet<>();
        hits.forEach(hit -> reportIds.add(hit.reportId()));
        Map<Long, PublishedReport> visible = reports.published(reportIds);
        List<Passage> passages = new ArrayList<>();
        for (SearchEngine.PageHit hit : hits) {
            PublishedReport report = visible.get(hit.reportId());
            if (report == null) continue; // its entry left the published state since the filter was read
            passages.add(new Passage(
                    report.entrySlug(),
                    report.entryTitle(),
                    report.entryLanguage(),
                    report.title(),
                    report.language(),
                    hit.page(),
                    hit.snippet(),
                    report.sourceUrl() + "#page=" + hit.page()));
        }
        return passages;
    }

    /** The engine's counts per facet, with every selected value listed even where it counts nothing. */
    private static Map<Facet, List<FacetCount>> facets(SearchRequest request, Map<Facet, Map<String, Long>> counted) {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> selected = facet.normalised(request.selected(facet));
            Map<String, Long> withSelected = new LinkedHashMap<>(counted.get(facet));
            selected.forEach(value -> withSelected.putIfAbsent(value, 0L));
            List<FacetCount> values = new ArrayList<>();
            withSelected.forEach((value, count) -> values.add(new FacetCount(value, count, selected.contains(value))));
            facets.put(facet, values);
        }
        return facets;
    }

    private Map<String, Closeness> closeness(@Nullable String likeOrganisation) {
        if (likeOrganisation == null || likeOrganisation.isBlank()) {
            return Map.of();
        }
        Optional<Organisation> mine = catalogue.findOrganisation(likeOrganisation);
        if (mine.isEmpty()) {
            throw new BadRequestException(
                    SearchRequest.LIKE, "like names no organisation: " + Quoted.of(likeOrganisation));
        }
        Map<String, Closeness> result = new LinkedHashMap<>();
        for (Organisation other : catalogue.organisations()) {
            if (!other.equals(mine.get())) {
                result.put(other.getSlug(), Closeness.between(mine.get(), other));
            }
        }
        return result;
    }
}
