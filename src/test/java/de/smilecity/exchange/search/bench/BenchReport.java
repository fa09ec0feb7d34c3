package de.smilecity.exchange.search.bench;

import de.smilecity.exchange.search.bench.SearchBenchmark.SizeResult;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's one table, in Markdown, with the machine it ran on. */
final class BenchReport {

    static final String SERVICE = "service";
    static final String LUCENE = "lucene";
    static final String MARIADB = "mariadb";
    static final String MIX = "whole mix";

    private BenchReport() {}

    static String render(
            List<SizeResult> results,
            double ndcgService,
            double ndcgFulltext,
            int rounds,
            int warmup,
            int fulltextRounds) {
        StringBuilder out = new StringBuilder("# Search benchmark\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%s, %d cores, load average %.2f at the end, Java %s, max heap %d MiB, MariaDB on 127.0.0.1.%n",
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20));
        out.append(String.format(
                Locale.ROOT,
                "Query mix of %d queries, one client; %d warm-up and %d measured rounds of the mix "
                        + "(MariaDB: 1 and %d). Latencies p50 / p95 / p99 in ms, queries per second, and the median CPU "
                        + "time of the client thread in ms.%n%n",
                BenchQuery.MIX.size(),
                warmup,
                rounds,
                fulltextRounds));
        out.append("| entries | figure | (a) search service | (b) raw Lucene | (c) MariaDB FULLTEXT | target |\n");
        out.append("|---:|---|---|---|---|---|\n");
        for (SizeResult r : results) {
            String size = spaced(r.size());
            for (String kind : kinds(r)) {
                out.append("| ").append(size).append(" | ").append(kind);
                for (String system : List.of(SERVICE, LUCENE, MARIADB)) {
                    out.append(" | ").append(cell(r.latencies().get(system).get(kind), !system.equals(MARIADB)));
                }
                out.append(" | ").append(target(r, kind)).append(" |\n");
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | full rebuild | %s documents in %.1f s = **%.0f docs/s** (CPU %.0f s) | – | – | ≤ 180 s |%n",
                    size,
                    spaced(r.documents()),
                    r.rebuildSeconds(),
                    r.documents() / r.rebuildSeconds(),
                    r.rebuildCpuSeconds()));
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | saved → findable | p50 %.0f ms, max %.0f ms (%d saves) | – | – | ≤ 1 000 ms |%n",
                    size,
                    r.findable().percentileMs(50),
                    r.findable().percentileMs(100),
                    r.findable().count()));
        }
        out.append(String.format(
                Locale.ROOT,
                "| seed content | nDCG@10, judged set | **%.3f** | – | %.3f | ≥ 0.8 and ≥ (c) + 0.2 |%n",
                ndcgService,
                ndcgFulltext));
        return out.toString();
    }

    /** Thousands separated by a space, as in the docs. */
    private static String spaced(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    private static List<String> kinds(SizeResult r) {
        return List.copyOf(r.latencies().get(SERVICE).keySet());
    }

    /** With {@code cpu}, the median CPU time of the client thread; MariaDB works in its own process. */
    private static String cell(Latencies l, boolean cpu) {
        return String.format(
                Locale.ROOT,
                "%s / %s / %s · %.0f q/s%s",
                ms(l.percentileMs(50)),
                ms(l.percentileMs(95)),
                ms(l.percentileMs(99)),
                l.perSecond(),
                cpu ? " · CPU " + ms(l.cpuMedianMs()) : "");
    }

    private static String ms(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String target(SizeResult r, String kind) {
        if (!kind.equals(BenchQuery.Kind.FACETS.label)) return "";
        Map<String, Latencies> service = r.latencies().get(SERVICE);
        Map<String, Latencies> lucene = r.latencies().get(LUCENE);
        double ratio = service.get(kind).percentileMs(50) / lucene.get(kind).percentileMs(50);
        double cpuRatio = service.get(kind).cpuMedianMs() / lucene.get(kind).cpuMedianMs();
        return String.format(Locale.ROOT, "p50 ≤ 15, p99 ≤ 60, ≤ 3× (b): now %.1f× (CPU %.1f×)", ratio, cpuRatio);
    }
}
