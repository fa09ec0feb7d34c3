package de.smilecity.exchange.contribute;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeLifecycle;
import de.smilecity.exchange.catalogue.PracticeState;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the entries that a trusted loader brings at start-up (the seed content), in no one's
 * session. They take the same steps as any publication — saved as a draft, submitted, approved —
 * and each step is recorded in the loader's name, so their history tells where they came from.
 * Nobody is notified: no person took the steps. Only the seed module may use this
 * ({@code contribute :: loading}).
 */
@Component
@NamedInterface("loading")
public class LoadedContentPublisher {

    private final CatalogueService catalogue;
    private final PracticeLifecycle lifecycle;
    private final TransitionRepository transitions;
    private final Clock clock;

    LoadedContentPublisher(
            CatalogueService catalogue, PracticeLifecycle lifecycle, TransitionRepository transitions, Clock clock) {
        this.catalogue = catalogue;
        this.lifecycle = lifecycle;
        this.transitions = transitions;
        this.clock = clock;
    }

    /**
     * Saves a new entry and publishes it.
     *
     * @param loader who brings it, named in the recorded steps (e.g. {@code seed-content})
     * @throws jakarta.validation.ConstraintViolationException when the entry is not valid; nothing is stored
     */
    @Transactional
    public Practice publish(Practice practice, String loader) {
        if (practice.getId() != null || practice.getState() != PracticeState.DRAFT) {
            throw new IllegalArgumentException("Practice '" + practice.getSlug() + "' is not a new draft; only new "
                    + "entries are published on loading");
        }
        Instant now = clock.instant();
        Practice saved = catalogue.save(practice);
        long id = Objects.requireNonNull(saved.getId());
        for (WorkflowAction step : new WorkflowAction[] {WorkflowAction.SUBMIT, WorkflowAction.APPROVE}) {
            PracticeState from = saved.getState();
            lifecycle.moveTo(saved, step.to(), now);
            saved = catalogue.save(saved);
            transitions.save(new Transition(id, step, from, loader, now, null));
        }
        return saved;
    }
}
