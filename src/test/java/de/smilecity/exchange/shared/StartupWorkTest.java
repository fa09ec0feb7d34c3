package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

/** Background work registered at start-up holds readiness back until it is done. */
class StartupWorkTest {

    private final List<ReadinessState> published = new ArrayList<>();
    private final StartupWork work = new StartupWork(event -> {
        if (event instanceof AvailabilityChangeEvent<?> change && change.getState() instanceof ReadinessState state) {
            published.add(state);
        }
    });

    @Test
    void takesReadinessBackWhileRegisteredWorkIsPendingAndGivesItWhenDone() {
        StartupWork.Pending rebuild = work.begin("rebuilding the search index");

        work.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(work.ready()).isFalse();
        assertThat(work.waitingFor()).isEqualTo("rebuilding the search index");
        assertThat(published).containsExactly(ReadinessState.REFUSING_TRAFFIC);

        rebuild.done();
        rebuild.done();

        assertThat(work.ready()).isTrue();
        assertThat(published).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void isNotReadyBeforeSpringBootIsAndReadyWithoutPendingWork() {
        assertThat(work.ready()).isFalse();
        work.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(work.ready()).isTrue();
        assertThat(published).isEmpty();
    }
}
