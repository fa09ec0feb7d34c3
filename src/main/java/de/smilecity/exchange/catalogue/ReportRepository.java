package de.smilecity.exchange.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findBySourceUrl(String sourceUrl);

    List<Report> findBySourceUrlIn(Collection<String> sourceUrls);

    List<Report> findByPracticeIdOrderByTitleAscIdAsc(long practiceId);

    /** Entries in the state that have at least one report with a text layer. */
    @Query("select distinct r.practiceId from Report r, Practice p"
            + " where p.id = r.practiceId and p.state = :state and r.textLayer = true")
    List<Long> findEntryIdsWithTextReports(PracticeState state);

    @Query("select new de.smilecity.exchange.catalogue.PublishedReport("
            + "r.id, r.title, r.sourceUrl, r.language, p.id, p.slug, p.title, p.language)"
            + " from Report r, Practice p where p.id = r.practiceId and p.state = :state and r.id in :ids")
    List<PublishedReport> findOwnedIn(Collection<Long> ids, PracticeState state);
}
