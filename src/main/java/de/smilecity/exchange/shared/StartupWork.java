package de.smilecity.exchange.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the app can answer yet. Spring Boot reports readiness once the start-up runners (seed
 * content, demo accounts) are done; work that goes on in the background after that (the search
 * index's start-up rebuild) registers here with {@link #begin}, and readiness stays {@code
 * REFUSING_TRAFFIC} until the last such piece is done. Until then {@link StartupGate} answers 503.
 */
@Component
public class StartupWork {

    private static final Logger log = LoggerFactory.getLogger(StartupWork.class);

    private final ApplicationEventPublisher events;
    private final List<Pending> pending = new CopyOnWriteArrayList<>();
    private volatile boolean started;

    StartupWork(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Work the app must finish before it is ready; call {@link Pending#done()} when it is finished. */
    public Pending begin(String what) {
        Pending work = new Pending(what);
        pending.add(work);
        return work;
    }

    /** Whether start-up is complete: the runners are done and no registered work is pending. */
    public boolean ready() {
        return started && pending.isEmpty();
    }

    /** What the app is still doing, for a person reading the 503 answer. */
    public String waitingFor() {
        if (!started) return "the app is starting (database, seed content and accounts)";
        List<String> names = pending.stream().map(Pending::what).toList();
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }

    /**
     * Spring Boot announces readiness right after the ready event, whose listeners may just have
     * registered background work: then readiness is taken back until that work is done.
     */
    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getSource() == this || event.getState() != ReadinessState.ACCEPTING_TRAFFIC) return;
        started = true;
        if (!pending.isEmpty()) {
            log.info("Not ready for traffic yet: {}", waitingFor());
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
    }

    private void finished(Pending work) {
        if (pending.remove(work) && started && pending.isEmpty()) {
            log.info("Start-up work done ({}): ready for traffic", work.what());
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    /** One piece of start-up work; {@link #done()} may be called more than once. */
    public final class Pending {
        private final String what;

        private Pending(String what) {
            this.what = what;
        }

        public String what() {
            return what;
        }

        public void done() {
            finished(this);
        }
    }
}
