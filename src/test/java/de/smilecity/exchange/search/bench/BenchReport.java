package de.smilecity.exchange.search.bench;

import de.smilecity.exchange.search.bench.SearchBenchmark.SizeResult;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's one table, in Markdown, with the machine it ran on. */
final class BenchReport {

    static final String SERVICE = "service";
    static final String LUCENE = "lucene";
    static final String MARIADB = "mariadb";
    static final String OPENSEARCH = "opensearch";

    /** Column headings of the systems, in the table's order. */
    private static final Map<String, String> COLUMNS = columns();

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
                        + "(MariaDB: 1 and %d). Latencies p50 / p95 / p99 in ms, queries per second, the median CPU "
                        + "time of the client thread in ms and the median memory it allocated per query.%n%n",
                BenchQuery.mix().size(),
                warmup,
                rounds,
                fulltextRounds));
        List<String> systems = COLUMNS.keySet().stream()
                .filter(system -> results.stream().allMatch(r -> r.latencies().containsKey(system)))
                .toList();
        out.append("| entries | figure");
        systems.forEach(system -> out.append(" | ").append(COLUMNS.get(system)));
        out.append(" | target |\n|---:|---");
        systems.forEach(system -> out.append("|---"));
        out.append("|---|\n");
        for (SizeResult r : results) {
            String size = spaced(r.size());
            for (String kind : kinds(r)) {
                out.append("| ").append(size).append(" | ").append(kind);
                for (String system : systems) {
                    Latencies l = r.latencies().get(system).get(kind);
                    out.append(" | ").append(cell(l, !system.equals(MARIADB)));
                    if (system.equals(OPENSEARCH)) out.append(" · ").append(ratio(r, kind));
                }
                out.append(" | ").append(target(r, kind)).append(" |\n");
            }
            Map<String, String> rebuild = new LinkedHashMap<>();
            rebuild.put(
                    SERVICE,
                    String.format(
                            Locale.ROOT,
                            "%s documents in %.1f s = **%.0f docs/s** (CPU %.0f s)",
                            spaced(r.documents()),
                            r.rebuildSeconds(),
                            r.documents() / r.rebuildSeconds(),
                            r.rebuildCpuSeconds()));
            Map<String, String> findable = new LinkedHashMap<>();
            findable.put(SERVICE, findable(r.findable()));
            SearchBenchmark.OpenSearchResult os = r.openSearch();
            if (os != null) {
                rebuild.put(
                        OPENSEARCH,
                        String.format(
                                Locale.ROOT,
                                "%s published entries in %.1f s = **%.0f docs/s** (%s)",
                                spaced(os.documents()),
                                os.rebuildSeconds(),
                                os.documents() / os.rebuildSeconds(),
                                Double.isNaN(os.rebuildCpuSeconds())
                                        ? "at the same time as (a)'s"
                                        : String.format(Locale.ROOT, "app CPU %.0f s", os.rebuildCpuSeconds())));
                findable.put(OPENSEARCH, findable(os.findable()));
            }
            out.append(row(size, "full rebuild", systems, rebuild, "≤ 180 s"));
            out.append(row(size, "saved → findable", systems, findable, "≤ 1 000 ms"));
        }
        Map<String, String> ndcg = new LinkedHashMap<>();
        ndcg.put(SERVICE, String.format(Locale.ROOT, "**%.3f**", ndcgService));
        if (!Double.isNaN(ndcgFulltext)) ndcg.put(MARIADB, String.format(Locale.ROOT, "%.3f", ndcgFulltext));
        out.append(row("seed content", "nDCG@10, judged set", systems, ndcg, "≥ 0.8 and ≥ (c) + 0.2"));
        return out.toString();
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(SERVICE, "(a) search service");
        columns.put(LUCENE, "(b) raw Lucene");
        columns.put(MARIADB, "(c) MariaDB FULLTEXT");
        columns.put(OPENSEARCH, "(d) search service on OpenSearch");
        return columns;
    }

    /** One row with a figure for some systems and a dash for the others. */
    private static String row(
            String size, String figure, List<String> systems, Map<String, String> cells, String target) {
        StringBuilder row = new StringBuilder("| ").append(size).append(" | ").append(figure);
        systems.forEach(system -> row.append(" | ").append(cells.getOrDefault(system, "–")));
        return row.append(" | ").append(target).append(" |\n").toString();
    }

    private static String findable(Latencies l) {
        return String.format(
                Locale.ROOT, "p50 %.0f ms, max %.0f ms (%d saves)", l.percentileMs(50), l.percentileMs(100), l.count());
    }

    /** OpenSearch against the embedded engine (a): the ratio of their p50 and of their p99. */
    private static String ratio(SizeResult r, String kind) {
        Latencies a = r.latencies().get(SERVICE).get(kind);
        Latencies d = r.latencies().get(OPENSEARCH).get(kind);
        return String.format(
                Locale.ROOT,
                "**%.1f× / %.1f×** (a)",
                d.percentileMs(50) / a.percentileMs(50),
                d.percentileMs(99) / a.percentileMs(99));
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
                cpu ? " · CPU " + ms(l.cpuMedianMs()) + allocated(l) : "");
    }

    private static String allocated(Latencies l) {
        double kib = l.allocatedMedianKib();
        return kib < 0 ? "" : String.format(Locale.ROOT, " · %.0f KiB", kib);
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
        String embedded =
                String.format(Locale.ROOT, "p50 ≤ 15, p99 ≤ 60, ≤ 3× (b): now %.1f× (CPU %.1f×)", ratio, cpuRatio);
        Map<String, Latencies> openSearch = r.latencies().get(OPENSEARCH);
        if (openSearch == null) return embedded;
        return embedded
                + String.format(
                        Locale.ROOT,
                        "; (d) p50 ≤ 30, ≤ 3× (a): now %s ms, %.1f×",
                        ms(openSearch.get(kind).percentileMs(50)),
                        openSearch.get(kind).percentileMs(50)
                                / service.get(kind).percentileMs(50));
    }
}
