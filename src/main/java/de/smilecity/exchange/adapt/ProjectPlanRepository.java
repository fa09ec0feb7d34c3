package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.Organisation;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectPlanRepository extends JpaRepository<ProjectPlan, Long> {

    List<ProjectPlan> findByOrganisationOrderByUpdatedAtDesc(Organisation organisation);
}
