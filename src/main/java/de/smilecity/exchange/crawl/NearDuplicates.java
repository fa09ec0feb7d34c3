package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.crawl.internal.parse.Urls;
import de.smilecity.exchange.crawl.internal.similar.Fingerprint;
import de.smilecity.exchange.crawl.internal.similar.Kinship;
import de.smilecity.exchange.crawl.internal.similar.Marks;
import de.smilecity.exchange.crawl.internal.similar.Shingles;
import de.smilecity.exchange.crawl.internal.similar.SiteTemplate;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.shared.Markdown;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds what a new candidate's page copies: a pending candidate of another page (of this run, of
 * another run or of another partner source) or a published entry. The first measure is how much of
 * the shorter text stands word for word in the other ({@link Shingles#containment}), so a newsletter
 * that wraps a project page in a greeting and a footer still counts as its copy; each page is compared
 * by all it says and by its main block ({@link PageTexts#block}), so that the wrapping does not dilute
 * the share either, and without the word sequences its site's template repeats ({@link SiteTemplate}),
 * which two projects of one site share without being one. A description of the
 * same project in another language shares no words, so where the words do not match, the second
 * measure is the details both texts state that no translation changes ({@link Marks}: figures,
 * addresses, names spelt as codes; the town's population and area left out) — at least {@value Marks#MIN_SHARED} of them, and at least half of
 * the smaller text's. Where even those are too few, a candidate in another language is weighed by
 * {@link Kinship}: the same costs, period, report file or e-mail address together with the same proper
 * names. A copy reworded in the same language — a newsletter's or a news item's short version — shares
 * neither enough words nor enough details, but keeps the headline: a title of at least
 * {@value #MIN_TITLE_WORDS} words that exactly one other pending candidate carries names the same
 * project there; or, under another headline, it states the same costs and its headline shares a name
 * with the other's ({@link Kinship#retold}), unless it is a teaser of the other: it links there and
 * tells less. The resemblance then lists them as its reason. Candidates are
 * compared by their stored fingerprints; entries are first narrowed down by the search index's
 * "similar practices" and then compared exactly. So the cost grows with the review queue, not with
 * the catalogue.
 */
@Component
class NearDuplicates {

    /** Pending candidates that state a detail, from which it is too common to tell two projects apart. */
    static final int COMMON_ON_PAGES = 3;

    /** Entries the index proposes for an exact comparison. */
    static final int ENTRIES_COMPARED = 5;

    private final ImportCandidateRepository candidates;
    private final Entries entries;
    private final SearchService search;

    NearDuplicates(ImportCandidateRepository candidates, Entries entries, SearchService search) {
        this.candidates = candidates;
        this.entries = entries;
        this.search = search;
    }

    /**
     * The text a page is compared by: what was extracted of it and the main text of the page, which
     * holds the body even where the extracted description is only the page's teaser.
     */
    static Shingles shinglesOf(ImportCandidate candidate, String pageText) {
        return Shingles.of(textOf(candidate, pageText));
    }

    static Shingles shinglesOf(Practice entry) {
        return Shingles.of(textOf(entry));
    }

    private static String textOf(ImportCandidate candidate, String pageText) {
        return candidate.getTitle() + "\n" + candidate.getSummary() + "\n"
                + Markdown.toPlainText(candidate.getDescription()) + "\n" + pageText;
    }

    private static String textOf(Practice entry) {
        return entry.getTitle() + "\n" + entry.getSummary() + "\n" + Markdown.toPlainText(entry.getDescription());
    }

    /**
     * What a page is compared by besides its extracted fields.
     *
     * @param page the text of the page's content region
     * @param block the text of the block of it that carries most of its text: for a newsletter, the
     *     project it repeats without the greeting, other items and footer around it
     * @param template the shingles of the page that its site's template repeats on other project
     *     pages ({@link SiteTemplate}), left out of every comparison
     * @param translations the pages the page names as its versions in other languages
     *     ({@code AlternateView#translations}), as page keys
     * @param links the pages its content region links to ({@code PageText#links}), as page keys
     */
    record PageTexts(String page, String block, Set<Long> template, Set<String> translations, Set<String> links) {

        PageTexts {
            template = Set.copyOf(template);
            translations = Set.copyOf(translations);
            links = Set.copyOf(links);
        }

        PageTexts(String page, String block, Set<Long> template) {
            this(page, block, template, Set.of(), Set.of());
        }

        /** A page compared by its whole content region, with no template known. */
        static PageTexts of(String page) {
            return new PageTexts(page, page, Set.of());
        }
    }

    /**
     * The candidate's fingerprint, and the entry or candidate it resembles most from
     * {@link Resemblance#THRESHOLD} on. Each text is compared twice — by all it says and by its main
     * block ({@link PageTexts#block}) — and the larger share of shingles counts: a copy embedded in a
     * longer newsletter stands wholly in the original by its block, while a page whose block is only a
     * part of it still compares by the whole. The fingerprint stored is the block's, so that a page read
     * later compares with the copied text rather than with its wrapping.
     *
     * @param sameUrlEntry the entry imported from the candidate's own page earlier, which it updates
     *     anyway and therefore does not count as a copy
     */
    Found find(ImportCandidate candidate, PageTexts texts, @Nullable Long sameUrlEntry) {
        String text = textOf(candidate, texts.page());
        Shingles shingles = Shingles.of(text).without(texts.template());
        Shingles blockShingles = Shingles.of(texts.block()).without(texts.template());
        Fingerprint whole = Fingerprint.of(shingles);
        Fingerprint block = blockShingles.size() >= Shingles.MIN_COMPARED ? Fingerprint.of(blockShingles) : whole;
        Marks marks = Marks.of(text)
                .withoutFigures(townFigures(candidate))
                .with(Kinship.factMarks(
                        candidate.getCostAmount(),
                        candidate.getStartYear(),
                        candidate.getEndYear(),
                        candidate.getReportUrls()));
        List<Resemblance> all = Stream.concat(
                        candidateMatches(candidate, text, List.of(whole, block), marks, texts),
                        entryMatches(candidate, List.of(shingles, blockShingles), marks, sameUrlEntry))
                .toList();
        // Shared words first: a copy in the same language says so with more certainty than details do.
        // Between two as like, the one that shares more of the facts read from both pages.
        Comparator<Resemblance> closer = Comparator.comparingDouble(Resemblance::similarity)
                .thenComparingInt(r -> Kinship.readFacts(r.shared()));
        Optional<Resemblance> best = all.stream()
                .filter(r -> !r.byDetails())
                .max(closer)
                .or(() -> all.stream().filter(Resemblance::byDetails).max(closer));
        return new Found(block.encode(), marks.encode(), best.orElse(null));
    }

    record Found(String fingerprint, String marks, @Nullable Resemblance resemblance) {}

    /** The shared detail a translation named by the site rests on. */
    static final String TRANSLATION = "translation";

    /** The shared detail a copy under the same headline rests on. */
    static final String SAME_TITLE = "title";

    /** Fewest words of a title that names one project; "Dorfladen" or "Projekt" may name many. */
    static final int MIN_TITLE_WORDS = 3;

    /** The title as compared: its words in lower case; empty when it has too few to name one project. */
    static String titleKey(@Nullable String title) {
        if (title == null) return "";
        String[] words = title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .split(" ");
        return words.length < MIN_TITLE_WORDS ? "" : String.join(" ", words);
    }

    private static String pageKey(String url) {
        return Urls.parseHttp(url)
                .map(Urls::normalise)
                .map(Urls::pageKey)
                .map(Object::toString)
                .orElse(url);
    }

    /** The population and area the page states: the town's, shared by every project of the town. */
    private static List<String> townFigures(ImportCandidate candidate) {
        List<String> figures = new java.util.ArrayList<>();
        if (candidate.getPopulation() != null) figures.add(String.valueOf(candidate.getPopulation()));
        if (candidate.getAreaKm2() != null)
            figures.add(candidate.getAreaKm2().stripTrailingZeros().toPlainString());
        return figures;
    }

    /** The resemblance by words if the texts share enough, else by details if they share enough, else none. */
    private static Optional<Resemblance> resemblance(
            Resemblance.Kind kind, long id, double containment, Marks marks, @Nullable Marks other) {
        if (containment >= Resemblance.THRESHOLD) return Optional.of(new Resemblance(kind, id, containment));
        if (other == null) return Optional.empty();
        double overlap = marks.overlap(other);
        if (overlap < Marks.MIN_OVERLAP) return Optional.empty();
        return Optional.of(new Resemblance(kind, id, overlap, marks.shared(other)));
    }

    private Stream<Resemblance> candidateMatches(
            ImportCandidate candidate, String text, List<Fingerprint> fingerprints, Marks marks, PageTexts texts) {
        Set<String> translations = texts.translations();
        List<ImportCandidateRepository.Fingerprinted> others =
                candidates.findByStateAndFingerprintIsNotNull(CandidateState.PENDING).stream()
                        .filter(other -> !other.getSourceUrl().equals(candidate.getSourceUrl()))
                        .filter(other -> !Objects.equals(other.getId(), candidate.getId()))
                        .toList();
        Map<Long, Marks> marksOf = new HashMap<>();
        Map<String, Integer> pagesWith = new HashMap<>();
        for (ImportCandidateRepository.Fingerprinted other : others) {
            if (other.getMarks() == null) continue;
            Marks m = Marks.decode(other.getMarks());
            marksOf.put(other.getId(), m);
            m.asSet().forEach(mark -> pagesWith.merge(mark, 1, Integer::sum));
        }
        // What many pages state is the site's (its address, its office, its platform), not a project's.
        Set<String> common = new HashSet<>();
        // One project's costs stand on its page and on each retelling of it: a few pages, not many.
        Set<String> crowded = new HashSet<>();
        pagesWith.forEach((mark, pages) -> {
            if (pages >= COMMON_ON_PAGES) common.add(mark);
            if (pages > COMMON_ON_PAGES) crowded.add(mark);
        });
        Marks own = marks.without(common);
        Marks ownRetold = marks.without(crowded);
        // A title that one other page carries, word for word, names the same project there: a newsletter
        // or news copy rewords the text but keeps the headline. A title many pages share is a section's.
        String title = titleKey(candidate.getTitle());
        List<Long> sameTitle = title.isEmpty()
                ? List.of()
                : others.stream()
                        .filter(o -> titleKey(o.getTitle()).equals(title))
                        .map(ImportCandidateRepository.Fingerprinted::getId)
                        .toList();
        return others.stream().flatMap(other -> {
            Marks theirs = marksOf.containsKey(other.getId())
                    ? marksOf.get(other.getId()).without(common)
                    : null;
            Fingerprint stored = Fingerprint.decode(other.getFingerprint());
            Optional<Resemblance> r = resemblance(
                    Resemblance.Kind.CANDIDATE,
                    other.getId(),
                    fingerprints.stream()
                            .mapToDouble(f -> f.containment(stored))
                            .max()
                            .orElse(0),
                    own,
                    theirs);
            // The site names the other page as this one in another language: one project, told twice.
            if (r.isEmpty() && translations.contains(pageKey(other.getSourceUrl()))) {
                return Stream.of(new Resemblance(Resemblance.Kind.CANDIDATE, other.getId(), 1.0, List.of(TRANSLATION)));
            }
            if (r.isEmpty() && sameTitle.equals(List.of(other.getId()))) {
                return Stream.of(new Resemblance(
                        Resemblance.Kind.CANDIDATE, other.getId(), Resemblance.THRESHOLD, List.of(SAME_TITLE)));
            }
            if (r.isEmpty() && theirs != null && other.getLanguage().equals(candidate.getLanguage())) {
                Optional<List<String>> retold = Kinship.retold(
                        ownRetold, marksOf.get(other.getId()).without(crowded), candidate.getTitle(), other.getTitle());
                if (retold.isPresent() && !teaser(candidate, texts, other.getId(), other.getSourceUrl())) {
                    return Stream.of(new Resemblance(
                            Resemblance.Kind.CANDIDATE, other.getId(), Resemblance.THRESHOLD, retold.get()));
                }
            }
            if (r.isPresent() || theirs == null || other.getLanguage().equals(candidate.getLanguage())) {
                return r.stream();
            }
            return kinship(candidate, text, own, other.getId(), theirs).stream();
        });
    }

    /**
     * Whether one of two pages that tell one project is the other's teaser — a project of the month, a
     * news item — weighed as a page of its own rather than as a retelling: it links to the other, which
     * tells more. A full project page that links to a shorter retelling of itself elsewhere (a project
     * database's entry, a newsletter's short version) names its copy there instead.
     */
    private boolean teaser(ImportCandidate candidate, PageTexts texts, long otherId, String otherUrl) {
        boolean linksThere = texts.links().contains(pageKey(otherUrl));
        Optional<ImportCandidate> other = candidates.findById(otherId);
        if (other.isEmpty()) return false;
        boolean linkedFrom = !linksThere && pointsTo(other.get(), candidate.getSourceUrl());
        if (!linksThere && !linkedFrom) return false;
        int own = textOf(candidate, "").length();
        int theirs = textOf(other.get(), "").length();
        return linksThere ? own <= theirs : theirs <= own;
    }

    /** Whether the stored candidate's description links to the page at the URL: it points there. */
    private static boolean pointsTo(ImportCandidate other, String url) {
        String path = Urls.parseHttp(url).map(URI::getPath).orElse("");
        if (path.length() <= 1) return false;
        return Objects.requireNonNullElse(other.getDescription(), "").contains(path);
    }

    /**
     * The candidate in another language that tells the same project by the evidence {@link Kinship}
     * weighs. Only across languages: two texts in one language share their capitalised nouns (every
     * German noun), and where they tell one project they share its words too.
     */
    private Optional<Resemblance> kinship(
            ImportCandidate candidate, String text, Marks marks, long otherId, Marks other) {
        return Kinship.of(
                        marks,
                        other,
                        text,
                        () -> candidates
                                .findById(otherId)
                                .map(c -> textOf(c, ""))
                                .orElse(""))
                .map(evidence ->
                        new Resemblance(Resemblance.Kind.CANDIDATE, otherId, evidence.similarity(), evidence.shared()));
    }

    /** The largest share of shingles by which one of the texts and the other stand in each other. */
    private static double containment(List<Shingles> texts, Shingles other) {
        return texts.stream().mapToDouble(t -> t.containment(other)).max().orElse(0);
    }

    private Stream<Resemblance> entryMatches(
            ImportCandidate candidate, List<Shingles> compared, Marks marks, @Nullable Long sameUrlEntry) {
        Practice probe = new Practice();
        probe.setTitle(candidate.getTitle());
        probe.setSummary(candidate.getSummary());
        probe.setDescription(candidate.getDescription());
        probe.setLanguage(candidate.getLanguage());
        return search.similar(probe, ENTRIES_COMPARED).stream()
                .map(SearchHit::id)
                .filter(id -> !id.equals(sameUrlEntry))
                .flatMap(id -> entries.find(id).stream())
                .flatMap(entry -> resemblance(
                        Resemblance.Kind.ENTRY,
                        Objects.requireNonNull(entry.getId()),
                        containment(compared, shinglesOf(entry)),
                        marks,
                        Marks.of(textOf(entry)))
                        .stream());
    }
}
