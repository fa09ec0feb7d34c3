package de.smilecity.exchange.search.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latency, CPU and allocation per question of the mix and per system, with the garbage collections
 * that ran while each query did: to tell a tail that some questions cost from one that pauses or a
 * busy machine add. Opt-in ({@code bench.per-question=true}); the report per kind stays as it is.
 */
final class QuestionBreakdown {

    static final String PROPERTY = "bench.per-question";

    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();

    /** One measured query: wall, CPU and allocation, and the collections (count and ms) during it. */
    private record Sample(long wallNanos, long cpuNanos, long allocated, long collections, long collectionMs) {}

    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();

    static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Collections so far and their summed time in ms, as the JVM counts them. */
    static long[] collections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean collector : COLLECTORS) {
            count += Math.max(0, collector.getCollectionCount());
            ms += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    void add(String system, BenchQuery q, long wallNanos, long cpuNanos, long allocated, long[] gcBefore) {
        long[] gcAfter = collections();
        samples.computeIfAbsent(key(system, q), k -> new ArrayList<>())
                .add(new Sample(wallNanos, cpuNanos, allocated, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]));
    }

    private static String key(String system, BenchQuery q) {
        String filters = q.filtered() ? " [" + q.field() + ", " + q.state() + "]" : "";
        return system + " | " + q.kind().name() + " | " + q.text() + filters;
    }

    /**
     * A Markdown table: per system and question p50 / p99 / max of wall and CPU time, median
     * allocation, and of the slowest 2 % of its queries how many met a collection, with their median
     * wall − CPU gap (time not spent on the thread: pauses, waiting for a core).
     */
    String render() {
        StringBuilder out = new StringBuilder(
                "| system | kind | question | n | wall p50 / p99 / max ms | CPU p50 / p99 / max ms | alloc p50 KiB"
                        + " | slowest 2 %: with GC / gap ms | all: with GC, GC ms |\n|---|---|---|---:|---|---|---:|---|---|\n");
        samples.forEach((key, list) -> {
            long[] wall = list.stream().mapToLong(Sample::wallNanos).sorted().toArray();
            long[] cpu = list.stream().mapToLong(Sample::cpuNanos).sorted().toArray();
            long[] alloc = list.stream().mapToLong(Sample::allocated).sorted().toArray();
            List<Sample> slowest = list.stream()
                    .sorted((a, b) -> Long.compare(b.wallNanos(), a.wallNanos()))
                    .limit(Math.max(1, list.size() / 50))
                    .toList();
            long slowWithGc = slowest.stream().filter(s -> s.collections() > 0).count();
            long[] gap = slowest.stream()
                    .mapToLong(s -> s.wallNanos() - s.cpuNanos())
                    .sorted()
                    .toArray();
            long withGc = list.stream().filter(s -> s.collections() > 0).count();
            long gcMs = list.stream().mapToLong(Sample::collectionMs).sum();
            String[] parts = key.split(" \\| ", 3);
            out.append(String.format(
                    "| %s | %s | %s | %d | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.0f | %d of %d / %.1f | %d, %d |%n",
                    parts[0],
                    parts[1],
                    parts[2],
                    list.size(),
                    ms(wall, 50),
                    ms(wall, 99),
                    ms(wall, 100),
                    ms(cpu, 50),
                    ms(cpu, 99),
                    ms(cpu, 100),
                    alloc[alloc.length / 2] / 1024.0,
                    slowWithGc,
                    slowest.size(),
                    ms(gap, 50),
                    withGc,
                    gcMs));
        });
        return out.toString();
    }

    /** Nearest-rank percentile of sorted nanoseconds, in ms. */
    private static double ms(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
