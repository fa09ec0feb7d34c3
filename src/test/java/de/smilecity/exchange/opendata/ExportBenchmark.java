package de.smilecity.exchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Export of a large catalogue in constant memory; not part of {@code verify} (the class name matches
 * no test pattern). Run:
 * {@code ./mvnw test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (sizes with {@code -Dexport.sizes=2000,20000,100000}).
 *
 * <p>The catalogue grows by copying the published seed entries with their concepts, keywords and
 * technologies in SQL, on MariaDB, so that the data lives outside the JVM and the heap shows only
 * what the application holds. Each export is read over real HTTP and thrown away while a sampler
 * collects garbage every 200 ms and records the heap still in use: if the export held entries, that
 * figure would grow with the catalogue. The time is taken from a second export without the sampler.
 *
 * <p>Writes the table to {@code target/bench/exports.md}.
 */
@MariaDb
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.hibernate.SQL=WARN")
@ActiveProfiles({"demo", "test"})
class ExportBenchmark {

    static final Logger log = LoggerFactory.getLogger(ExportBenchmark.class);

    static final String COLUMNS = "kind, title, summary, description, language, organisation_id, phase, start_year,"
            + " end_year, last_verified_on, discontinued_reason, challenge, approach, results, lessons_learned,"
            + " prerequisites, participation, cost_amount, cost_currency, funding_programme, adapted_from_id,"
            + " adaptation_notes, state, featured, origin, source_url, fetched_at, content_hash, partner_source_id,"
            + " licence, created_at, updated_at, published_at, version";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    record Row(long entries, String format, long millis, long bytes, long baselineMiB, long peakMiB) {}

    @Test
    void exportsLargeCataloguesInConstantMemory() throws Exception {
        List<Long> sizes = Arrays.stream(
                        System.getProperty("export.sizes", "2000,20000").split(","))
                .map(String::strip)
                .map(Long::parseLong)
                .toList();
        List<Long> seeds = jdbc.queryForList("select id from practice where state = 'PUBLISHED'", Long.class);
        List<Row> rows = new ArrayList<>();
        int round = 0;
        for (long size : sizes) {
            while (published() < size) {
                copyRound(seeds, ++round);
            }
            // As after any bulk load: without fresh statistics MariaDB joins the concepts the wrong way round.
            jdbc.execute("analyze table practice, practice_concept, practice_keyword, practice_technology");
            long entries = published();
            for (String format : List.of("csv", "json", "jsonld")) {
                // Timed alone: the sampler's collections would slow the export itself down.
                long start = System.nanoTime();
                long bytes = export(format);
                long millis = (System.nanoTime() - start) / 1_000_000;
                Row memory = measure(entries, format);
                rows.add(new Row(entries, format, millis, bytes, memory.baselineMiB(), memory.peakMiB()));
                log.info("{}", rows.getLast());
            }
        }
        Path out = Path.of("target/bench/exports.md");
        Files.createDirectories(out.getParent());
        StringBuilder table = new StringBuilder(
                "| published entries | format | time | entries/s | size | heap in use before | peak heap in use during |\n"
                        + "|---:|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %,d | %s | %.1f s | %,d | %.1f MiB | %d MiB | %d MiB |%n",
                    r.entries(),
                    r.format(),
                    r.millis() / 1000.0,
                    r.millis() == 0 ? 0 : r.entries() * 1000 / r.millis(),
                    r.bytes() / 1048576.0,
                    r.baselineMiB(),
                    r.peakMiB()));
        }
        Files.writeString(out, table);
        log.info("Export benchmark\n{}", table);
        Row small = rows.getFirst();
        Row large = rows.getLast();
        // Ten times the entries must not need anywhere near ten times the heap.
        assertThat(large.peakMiB() - large.baselineMiB())
                .isLessThan(Math.max(64, 3 * (small.peakMiB() - small.baselineMiB())));
    }

    long published() {
        return jdbc.queryForObject("select count(*) from practice where state = 'PUBLISHED'", Long.class);
    }

    /** One copy of every seed entry, with its concepts, keywords and technologies. */
    void copyRound(List<Long> seeds, int round) {
        String suffix = "-copy-" + round;
        String ids = String.join(",", seeds.stream().map(String::valueOf).toList());
        jdbc.update("insert into practice (slug, " + COLUMNS + ") select concat(slug, '" + suffix + "'), " + COLUMNS
                + " from practice where id in (" + ids + ")");
        String pairs = " from practice p join practice o on p.slug = concat(o.slug, '" + suffix + "') and o.id in ("
                + ids + ") ";
        jdbc.update("insert into practice_concept (practice_id, concept_id) select p.id, c.concept_id" + pairs
                + "join practice_concept c on c.practice_id = o.id");
        jdbc.update("insert into practice_keyword (practice_id, position, keyword) select p.id, k.position, k.keyword"
                + pairs + "join practice_keyword k on k.practice_id = o.id");
        jdbc.update("insert into practice_technology (practice_id, position, technology)"
                + " select p.id, t.position, t.technology" + pairs
                + "join practice_technology t on t.practice_id = o.id");
    }

    Row measure(long entries, String format) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        long bytes = export(format);
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        return new Row(entries, format, millis, bytes, baseline >> 20, peak.get() >> 20);
    }

    long export(String format) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/export." + format))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long bytes = 0;
        byte[] buffer = new byte[65536];
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) > 0; ) bytes += n;
        }
        return bytes;
    }
}
