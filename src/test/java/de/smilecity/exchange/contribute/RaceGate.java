package de.smilecity.exchange.contribute;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Makes the worst order of two new versions certain instead of rare: while a test holds the gate,
 * the named account's request stops where the service looks for a free slug for its new version
 * (it has passed the service's check that no new version exists), until the test lets it go on after
 * the other request has saved its new version. Only the database's rule can then keep the second
 * copy out, which now gets a slug of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
class RaceGate {

    /** Spring Data's existence query by slug, as Hibernate writes it; the other slug queries load columns. */
    private static final String SLUG_EXISTS = "select p1_0.id from practice p1_0 where p1_0.slug=?";

    private static volatile @Nullable String heldAccount;
    private static volatile CountDownLatch arrived = new CountDownLatch(1);
    private static volatile CountDownLatch released = new CountDownLatch(1);
    private static final AtomicInteger arrivals = new AtomicInteger();

    /** Holds the next slug lookup of this account's request until {@link #release()}. */
    static void hold(String account) {
        arrivals.set(0);
        arrived = new CountDownLatch(1);
        released = new CountDownLatch(1);
        heldAccount = account;
    }

    /** Waits until the held request has come to the gate. */
    static boolean awaitArrival() throws InterruptedException {
        return arrived.await(20, TimeUnit.SECONDS);
    }

    static void release() {
        heldAccount = null;
        released.countDown();
    }

    static int arrivals() {
        return arrivals.get();
    }

    @Bean
    HibernatePropertiesCustomizer raceGateInspector() {
        return properties ->
                properties.put("hibernate.session_factory.statement_inspector", (StatementInspector) RaceGate::inspect);
    }

    private static String inspect(String sql) {
        String account = heldAccount;
        if (account != null && sql.startsWith(SLUG_EXISTS) && account.equals(currentAccount())) {
            arrivals.incrementAndGet();
            arrived.countDown();
            try {
                released.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sql;
    }

    private static @Nullable String currentAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
