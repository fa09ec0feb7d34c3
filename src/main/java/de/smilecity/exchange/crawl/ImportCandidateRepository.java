package de.smilecity.exchange.crawl;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportCandidateRepository extends JpaRepository<ImportCandidate, Long> {

    List<ImportCandidate> findByRunIdOrderById(long runId);

    List<ImportCandidate> findByStateOrderByIdDesc(CandidateState state);

    List<ImportCandidate> findTop200ByOrderByIdDesc();

    /** The latest candidate of a page of a source, whatever became of it. */
    Optional<ImportCandidate> findFirstBySourceIdAndSourceUrlOrderByIdDesc(long sourceId, String sourceUrl);

    /** The latest accepted candidate of a page: the values last imported into its entry. */
    Optional<ImportCandidate> findFirstBySourceIdAndSourceUrlAndStateOrderByIdDesc(
            long sourceId, String sourceUrl, CandidateState state);

    /** A candidate's id, page, fingerprint and marks: what a comparison of texts needs, without the texts. */
    interface Fingerprinted {
        long getId();

        String getSourceUrl();

        String getTitle();

        String getFingerprint();

        /** The language of its text, as a language code. */
        String getLanguage();

        /** Null for candidates stored before marks were. */
        @org.jspecify.annotations.Nullable
        String getMarks();
    }

    List<Fingerprinted> findByStateAndFingerprintIsNotNull(CandidateState state);

    /** Candidates in the state whose page links the report and that became an entry, newest first. */
    @Query("select c from ImportCandidate c where c.state = :state and :reportUrl member of c.reportUrls"
            + " and c.practiceId is not null order by c.id desc")
    List<ImportCandidate> findDecidedLinking(String reportUrl, CandidateState state);
}
