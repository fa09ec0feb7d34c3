package de.smilecity.exchange.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportPageRepository extends JpaRepository<ReportPage, Long> {

    /** Pages of reports with a text layer that belong to an entry: those the index may hold. */
    @Query("select p.id from ReportPage p where p.report.practiceId is not null and p.report.textLayer = true")
    List<Long> findAttachedTextPageIds();
}
