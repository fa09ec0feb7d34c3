package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Practice;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The catalogue entries that came from a partner page, found by the page's URL. */
interface ImportedEntries extends Repository<Practice, Long> {

    Optional<Practice> findFirstByProvenanceSourceUrlOrderByIdDesc(String sourceUrl);
}
