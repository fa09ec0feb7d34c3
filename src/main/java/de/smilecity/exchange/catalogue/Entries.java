package de.smilecity.exchange.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries in any state, for the features that work on more than the published catalogue: the
 * workflow (drafts, the review queue, new versions), the index (which entries to hold), the lineage
 * and the loaders. What a reader may see of them is still decided by {@link Audience}; visitors'
 * reads go through {@link CatalogueService}.
 */
@Service
public class Entries {

    private final PracticeRepository practices;

    Entries(PracticeRepository practices) {
        this.practices = practices;
    }

    @Transactional(readOnly = true)
    public Optional<Practice> find(long id) {
        return practices.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Practice> find(String slug) {
        return practices.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public boolean slugTaken(String slug) {
        return practices.existsBySlug(slug);
    }

    /** The new version of a published entry, if someone is working on one. */
    @Transactional(readOnly = true)
    public Optional<Practice> newVersionOf(Practice published) {
        return practices.findByDraftOf(published);
    }

    /** An organisation's entries in every state, last changed first. */
    @Transactional(readOnly = true)
    public List<Practice> of(Organisation organisation) {
        return practices.findByOrganisationOrderByUpdatedAtDesc(organisation);
    }

    /** The entries in a state, longest submitted first (the review queue's order). */
    @Transactional(readOnly = true)
    public List<Practice> in(PracticeState state) {
        return practices.findByStateOrderBySubmittedAtAscIdAsc(state);
    }

    /** The newest entry made from the partner page at this URL. */
    @Transactional(readOnly = true)
    public Optional<Practice> importedFrom(String sourceUrl) {
        return practices.findFirstByProvenanceSourceUrlOrderByIdDesc(sourceUrl);
    }

    @Transactional(readOnly = true)
    public List<Long> publishedIds() {
        return practices.findIdsByState(PracticeState.PUBLISHED);
    }

    /** The entries with these ids that still exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<Practice> all(Collection<Long> ids) {
        return practices.findAllById(ids);
    }
}
