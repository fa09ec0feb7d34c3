package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.testsupport.TestReports;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time to read a report page by page, not part of {@code verify} (the class name matches no test
 * pattern). Run: {@code ./mvnw test -Dtest=ReportExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Writes PDFs of 20, 100 and 300 pages of running text with PDFBox (50 lines of about 90
 * characters a page, a denser page than most reports have), reads each with {@link ReportExtractor}
 * after two warm-up reads, and writes the median and worst of five reads to
 * {@code target/bench/report-extraction.md}. The target: a 100-page report in under 5 s.
 */
class ReportExtractionBenchmark {

    static final Logger log = LoggerFactory.getLogger(ReportExtractionBenchmark.class);
    static final int WARMUP = 2;
    static final int ROUNDS = 5;
    static final URI URL = URI.create("https://partner.example/berichte/bericht.pdf");

    @Test
    void measuresExtractionPageByPage() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| pages | file size | characters read | median | worst | per page |");
        rows.add("|---:|---:|---:|---:|---:|---:|");
        for (int pages : new int[] {20, 100, 300}) rows.add(measure(pages));
        String table = String.join("\n", rows) + "\n";
        Path out = Path.of("target", "bench", "report-extraction.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Report extraction benchmark\n\n" + machine() + "\n\n" + table);
        log.warn("Report extraction benchmark written to {}:\n{}", out.toAbsolutePath(), table);
    }

    private static String measure(int pages) throws UnreadableReport {
        byte[] pdf = TestReports.longText(pages);
        long characters = 0;
        for (int i = 0; i < WARMUP; i++) ReportExtractor.extract(pdf, URL);
        long[] millis = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            ExtractedReport report = ReportExtractor.extract(pdf, URL);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (report.pageCount() != pages) throw new IllegalStateException("read " + report.pageCount() + " pages");
            characters = report.pages().stream().mapToLong(String::length).sum();
        }
        Arrays.sort(millis);
        long median = millis[ROUNDS / 2];
        return String.format(
                Locale.ROOT,
                "| %d | %d KB | %d | %d ms | %d ms | %.1f ms |",
                pages,
                pdf.length / 1024,
                characters,
                median,
                millis[ROUNDS - 1],
                (double) median / pages);
    }

    private static String machine() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ", PDFBox " + org.apache.pdfbox.util.Version.getVersion() + "; the PDF in memory, as the"
                + " crawler holds it.";
    }
}
