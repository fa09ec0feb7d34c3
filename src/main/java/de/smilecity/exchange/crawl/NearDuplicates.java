package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.crawl.internal.similar.Fingerprint;
import de.smilecity.exchange.crawl.internal.similar.Shingles;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.shared.Markdown;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds what a new candidate's page copies: a pending candidate of another page (of this run, of
 * another run or of another partner source) or a published entry. The measure is how much of the
 * shorter text stands word for word in the other ({@link Shingles#containment}), so a newsletter
 * that wraps a project page in a greeting and a footer still counts as its copy. Candidates are
 * compared by their stored fingerprints; entries are first narrowed down by the search index's
 * "similar practices" and then compared exactly. So the cost grows with the review queue, not with
 * the catalogue.
 */
@Component
class NearDuplicates {

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
        return Shingles.of(candidate.getTitle() + "\n" + candidate.getSummary() + "\n"
                + Markdown.toPlainText(candidate.getDescription()) + "\n" + pageText);
    }

    static Shingles shinglesOf(Practice entry) {
        return Shingles.of(
                entry.getTitle() + "\n" + entry.getSummary() + "\n" + Markdown.toPlainText(entry.getDescription()));
    }

    /**
     * The candidate's fingerprint, and the entry or candidate it resembles most from
     * {@link Resemblance#THRESHOLD} on.
     *
     * @param sameUrlEntry the entry imported from the candidate's own page earlier, which it updates
     *     anyway and therefore does not count as a copy
     */
    Found find(ImportCandidate candidate, String pageText, @Nullable Long sameUrlEntry) {
        Shingles shingles = shinglesOf(candidate, pageText);
        Fingerprint fingerprint = Fingerprint.of(shingles);
        Optional<Resemblance> best = Stream.concat(
                        candidateMatches(candidate, fingerprint), entryMatches(candidate, shingles, sameUrlEntry))
                .filter(r -> r.similarity() >= Resemblance.THRESHOLD)
                .max(Comparator.comparingDouble(Resemblance::similarity));
        return new Found(fingerprint.encode(), best.orElse(null));
    }

    record Found(String fingerprint, @Nullable Resemblance resemblance) {}

    private Stream<Resemblance> candidateMatches(ImportCandidate candidate, Fingerprint fingerprint) {
        return candidates.findByStateAndFingerprintIsNotNull(CandidateState.PENDING).stream()
                .filter(other -> !other.getSourceUrl().equals(candidate.getSourceUrl()))
                .filter(other -> !Objects.equals(other.getId(), candidate.getId()))
                .map(other -> new Resemblance(
                        Resemblance.Kind.CANDIDATE,
                        other.getId(),
                        fingerprint.containment(Fingerprint.decode(other.getFingerprint()))));
    }

    private Stream<Resemblance> entryMatches(
            ImportCandidate candidate, Shingles shingles, @Nullable Long sameUrlEntry) {
        Practice probe = new Practice();
        probe.setTitle(candidate.getTitle());
        probe.setSummary(candidate.getSummary());
        probe.setDescription(candidate.getDescription());
        probe.setLanguage(candidate.getLanguage());
        return search.similar(probe, ENTRIES_COMPARED).stream()
                .map(SearchHit::id)
                .filter(id -> !id.equals(sameUrlEntry))
                .flatMap(id -> entries.find(id).stream())
                .map(entry -> new Resemblance(
                        Resemblance.Kind.ENTRY,
                        Objects.requireNonNull(entry.getId()),
                        shingles.containment(shinglesOf(entry))));
    }
}
