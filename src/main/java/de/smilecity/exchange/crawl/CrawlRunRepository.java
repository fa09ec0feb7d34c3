package de.smilecity.exchange.crawl;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CrawlRunRepository extends JpaRepository<CrawlRun, Long> {

    List<CrawlRun> findBySourceIdOrderByIdDesc(long sourceId);

    List<CrawlRun> findTop50ByOrderByIdDesc();

    List<CrawlRun> findByStateIn(Collection<RunState> states);

    boolean existsBySourceIdAndStateIn(long sourceId, Collection<RunState> states);
}
