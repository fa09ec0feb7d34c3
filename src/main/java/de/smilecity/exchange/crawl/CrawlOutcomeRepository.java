package de.smilecity.exchange.crawl;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CrawlOutcomeRepository extends JpaRepository<CrawlOutcome, Long> {

    List<CrawlOutcome> findByRunIdOrderById(long runId);
}
