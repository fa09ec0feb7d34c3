package de.smilecity.exchange.contribute;

import de.smilecity.exchange.catalogue.Practice;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Makes the race of two new versions certain instead of likely: while a test holds the gate open,
 * each request that is about to insert a new version of a published entry waits there until the
 * other one has arrived too, so both have passed every check the service makes before either
 * inserts. Only the database's rule can then keep the second copy out. A request that comes alone
 * goes on after a short wait.
 */
@TestConfiguration(proxyBeanMethods = false)
class RaceGate {

    private static volatile @Nullable CyclicBarrier gate;

    /** Lets the next {@code parties} inserts of a new version meet before any of them goes on. */
    static void open(int parties) {
        gate = new CyclicBarrier(parties);
    }

    static void close() {
        gate = null;
    }

    @Bean
    HibernatePropertiesCustomizer raceGateInterceptor() {
        return properties -> properties.put("hibernate.session_factory.interceptor", new Interceptor() {
            @Override
            public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
                CyclicBarrier current = gate;
                if (current != null && entity instanceof Practice p && p.isWorkingCopy()) {
                    try {
                        current.await(3, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (BrokenBarrierException | TimeoutException e) {
                        // Alone at the gate: nobody to race with this time.
                    }
                }
                return false;
            }
        });
    }
}
