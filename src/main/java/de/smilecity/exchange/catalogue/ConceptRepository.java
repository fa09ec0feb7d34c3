package de.smilecity.exchange.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConceptRepository extends JpaRepository<Concept, Long> {

    Optional<Concept> findBySchemeAndCode(ConceptScheme scheme, String code);

    List<Concept> findBySchemeOrderByPosition(ConceptScheme scheme);
}
