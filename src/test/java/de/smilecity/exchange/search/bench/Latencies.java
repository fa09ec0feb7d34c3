package de.smilecity.exchange.search.bench;

import java.util.Arrays;

/**
 * Latencies of one system and one kind of query: nearest-rank percentiles and throughput, and the CPU
 * time the calling thread spent and the memory it allocated, which other work on a shared machine does not inflate.
 */
final class Latencies {

    private long[] nanos = new long[64];
    private long[] cpuNanos = new long[64];
    private long[] allocated = new long[64];
    private int count;
    private long wallNanos;

    void add(long elapsedNanos) {
        add(elapsedNanos, -1);
    }

    /** @param threadCpuNanos CPU time of the calling thread, or -1 when not measured */
    void add(long elapsedNanos, long threadCpuNanos) {
        add(elapsedNanos, threadCpuNanos, -1);
    }

    /** @param allocatedBytes bytes the calling thread allocated, or -1 when not measured */
    void add(long elapsedNanos, long threadCpuNanos, long allocatedBytes) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
            cpuNanos = Arrays.copyOf(cpuNanos, count * 2);
            allocated = Arrays.copyOf(allocated, count * 2);
        }
        cpuNanos[count] = threadCpuNanos;
        allocated[count] = allocatedBytes;
        nanos[count++] = elapsedNanos;
        wallNanos += elapsedNanos;
    }

    int count() {
        return count;
    }

    double percentileMs(double p) {
        return percentile(nanos, p);
    }

    /** Median CPU time of the calling thread per query, in ms. */
    double cpuMedianMs() {
        return percentile(cpuNanos, 50);
    }

    /** Median bytes the calling thread allocated per query, in KiB; negative when not measured. */
    double allocatedMedianKib() {
        return percentile(allocated, 50) * 1e6 / 1024;
    }

    private double percentile(long[] values, double p) {
        if (count == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Queries per second of one client issuing them back to back. */
    double perSecond() {
        return wallNanos == 0 ? Double.NaN : count / (wallNanos / 1e9);
    }
}
