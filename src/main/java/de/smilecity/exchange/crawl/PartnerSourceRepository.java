package de.smilecity.exchange.crawl;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerSourceRepository extends JpaRepository<PartnerSource, Long> {

    List<PartnerSource> findAllByOrderByName();

    List<PartnerSource> findByScheduleIsNotNull();

    boolean existsByName(String name);
}
