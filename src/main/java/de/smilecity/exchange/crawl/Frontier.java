package de.smilecity.exchange.crawl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The URLs a run still has to visit, one queue per host. A worker takes a URL only from a host no
 * other worker of the run holds, so that a run never sends two requests to one host at a time. It
 * holds at most its capacity of URLs; the run counts what did not fit.
 */
final class Frontier {

    /**
     * @param candidate whether the page may become a candidate (else it is only read for its links)
     */
    record Item(String url, URI normalised, String host, int depth, boolean candidate) {}

    private final Map<String, Deque<Item>> queues = new LinkedHashMap<>();
    private final Set<String> held = new HashSet<>();
    private final int capacity;
    private int queued;
    private int inFlight;
    private boolean closed;

    /**
     * @param capacity URLs queued at most
     */
    Frontier(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("a frontier holds at least one URL, not " + capacity);
        this.capacity = capacity;
    }

    /** Queues the URL; false when the frontier is full (or closed) and the URL was not taken. */
    synchronized boolean add(Item item) {
        if (closed || queued >= capacity) return false;
        queues.computeIfAbsent(item.host(), h -> new ArrayDeque<>()).add(item);
        queued++;
        notifyAll();
        return true;
    }

    /**
     * The next URL from a host nobody holds, preferring hosts that are ready now; empty when the
     * frontier is closed or nothing is queued and nothing is in flight (the run is done).
     */
    synchronized Optional<Item> take(Predicate<String> hostReady) throws InterruptedException {
        while (true) {
            if (closed) return Optional.empty();
            String chosen = null;
            for (Map.Entry<String, Deque<Item>> e : queues.entrySet()) {
                if (held.contains(e.getKey()) || e.getValue().isEmpty()) continue;
                if (chosen == null) chosen = e.getKey();
                if (hostReady.test(e.getKey())) {
                    chosen = e.getKey();
                    break;
                }
            }
            if (chosen != null) {
                held.add(chosen);
                inFlight++;
                queued--;
                return Optional.of(queues.get(chosen).poll());
            }
            if (inFlight == 0) return Optional.empty();
            wait();
        }
    }

    synchronized void done(Item item) {
        held.remove(item.host());
        inFlight--;
        notifyAll();
    }

    /** Stops handing out URLs and returns those still queued, so that each gets its outcome. */
    synchronized List<Item> close() {
        closed = true;
        List<Item> rest = new ArrayList<>();
        queues.values().forEach(rest::addAll);
        queues.clear();
        queued = 0;
        notifyAll();
        return rest;
    }
}
