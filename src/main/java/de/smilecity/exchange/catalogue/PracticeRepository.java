package de.smilecity.exchange.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

    Optional<Practice> findBySlug(String slug);

    /** The working copy of a published entry, if someone is editing it. */
    Optional<Practice> findByDraftOf(Practice published);

    List<Practice> findByStateOrderBySubmittedAtAscIdAsc(PracticeState state);

    List<Practice> findByOrganisationOrderByUpdatedAtDesc(Organisation organisation);

    boolean existsBySlug(String slug);

    Optional<Practice> findFirstByProvenanceSourceUrlOrderByIdDesc(String sourceUrl);

    long countByState(PracticeState state);

    @Query("select p.id from Practice p where p.state = :state")
    List<Long> findIdsByState(PracticeState state);

    List<Practice> findByStateOrderByPublishedAtDescIdDesc(PracticeState state, Pageable page);

    List<Practice> findByStateAndFeaturedTrueOrderByPublishedAtDescIdDesc(PracticeState state, Pageable page);

    List<Practice> findByOrganisationAndStateOrderByTitle(Organisation organisation, PracticeState state);

    /** Published entries per concept of one scheme, as (concept id, count) rows. */
    @Query("""
            select c.id, count(p) from Practice p join p.concepts c
            where p.state = de.smilecity.exchange.catalogue.PracticeState.PUBLISHED and c.scheme = :scheme
            group by c.id""")
    List<Object[]> countPublishedByConcept(ConceptScheme scheme);
}
