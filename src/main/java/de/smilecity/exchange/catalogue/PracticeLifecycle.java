package de.smilecity.exchange.catalogue;

import java.time.Instant;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which an entry changes its state. Only the publication workflow may use it:
 * it is the catalogue's {@code workflow} interface, and the module rules let no other module depend
 * on it, so a publication that skips the workflow (and its recorded step) does not build.
 *
 * <p>The time stamps follow the state: entering review stamps the submission, and saving a
 * published entry stamps its first publication ({@link CatalogueService#save}).
 */
@Component
@NamedInterface("workflow")
public class PracticeLifecycle {

    private final CatalogueService catalogue;
    private final PracticeRepository practices;

    PracticeLifecycle(CatalogueService catalogue, PracticeRepository practices) {
        this.catalogue = catalogue;
        this.practices = practices;
    }

    /** Puts the entry into the state; the caller saves it and records the step. */
    public void moveTo(Practice practice, PracticeState state, Instant at) {
        practice.setState(state);
        if (state == PracticeState.IN_REVIEW) {
            practice.setSubmittedAt(at);
        }
    }

    /**
     * Approves a new version of a published entry: the copy's content goes into the published entry,
     * which keeps its id, slug and history, and the copy goes.
     *
     * @return the published entry, saved
     */
    @Transactional
    public Practice approveNewVersion(Practice copy) {
        Practice published =
                catalogue.getForEdit(Objects.requireNonNull(copy.getDraftOf()).getSlug());
        Practice loadedCopy = catalogue.getForEdit(copy.getSlug());
        published.replaceContentWith(loadedCopy);
        // A new version made from an import says where it came from; one made by hand does not
        // (its provenance has no source), and the published entry keeps its own then.
        if (loadedCopy.getProvenance().getSourceUrl() != null) {
            published.setProvenance(loadedCopy.getProvenance().copy());
        }
        practices.delete(copy);
        practices.flush();
        return catalogue.save(published);
    }
}
