package de.smilecity.exchange.search.bench;

import java.util.Arrays;

/** Latencies of one system and one kind of query: nearest-rank percentiles and throughput. */
final class Latencies {

    private long[] nanos = new long[64];
    private int count;
    private long wallNanos;

    void add(long elapsedNanos) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = elapsedNanos;
        wallNanos += elapsedNanos;
    }

    int count() {
        return count;
    }

    double percentileMs(double p) {
        if (count == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Queries per second of one client issuing them back to back. */
    double perSecond() {
        return wallNanos == 0 ? Double.NaN : count / (wallNanos / 1e9);
    }
}
