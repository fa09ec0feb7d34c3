package de.smilecity.exchange.crawl.internal.fetch;

import java.util.HashMap;
import java.util.Map;

/**
 * Politeness across the whole app: at most one request at a time per host, and between the end of
 * one request and the start of the next at least the delay asked for. Shared by every run, so two
 * sources on one host still take turns.
 */
public final class HostGate {

    private final Map<String, Long> busyOrFreeAt = new HashMap<>();
    private final Map<String, Boolean> busy = new HashMap<>();

    /**
     * Waits until the host is free and its delay is over, then marks it busy.
     *
     * @param delayMillis pause since the host's last request ended
     * @throws InterruptedException when the waiting thread is interrupted (a cancelled run)
     */
    public synchronized void acquire(String host, long delayMillis) throws InterruptedException {
        while (true) {
            if (!busy.getOrDefault(host, false)) {
                Long lastEnd = busyOrFreeAt.get(host);
                long wait = lastEnd == null ? 0 : lastEnd + delayMillis * 1_000_000L - System.nanoTime();
                if (wait <= 0) {
                    busy.put(host, true);
                    return;
                }
                wait(Math.max(1, wait / 1_000_000L), (int) (wait % 1_000_000L));
            } else {
                wait();
            }
        }
    }

    /** Whether a request to the host could start now without waiting. */
    public synchronized boolean isReady(String host, long delayMillis) {
        Long lastEnd = busyOrFreeAt.get(host);
        return !busy.getOrDefault(host, false)
                && (lastEnd == null || lastEnd + delayMillis * 1_000_000L - System.nanoTime() <= 0);
    }

    /** Marks the host free again; its delay counts from now. */
    public synchronized void release(String host) {
        busy.put(host, false);
        busyOrFreeAt.put(host, System.nanoTime());
        notifyAll();
    }
}
