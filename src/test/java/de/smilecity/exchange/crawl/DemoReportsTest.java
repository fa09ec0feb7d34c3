package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.crawl.internal.parse.ExtractedReport;
import de.smilecity.exchange.crawl.internal.parse.ReportExtractor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo partner site's report is a PDF with a text layer that the crawler reads page by page. */
class DemoReportsTest {

    @Test
    void writesTheDemoReportAsAPdfTheCrawlerReads() throws Exception {
        String text = Files.readString(
                Path.of("seed-content", "demo-partner-site", "berichte", "hafen-parksensoren-auswertung.txt"));

        byte[] pdf = DemoReports.render("Parksensoren am Stadthafen", text);
        ExtractedReport report = ReportExtractor.extract(
                pdf, URI.create("http://localhost:8080/demo-partner-site/berichte/hafen-parksensoren-auswertung.pdf"));

        assertThat(report.textLayer()).isTrue();
        assertThat(report.title()).isEqualTo("Parksensoren am Stadthafen");
        assertThat(report.pages()).hasSize(5);
        assertThat(report.pages().get(4)).contains("84.500 Euro");
        assertThat(Files.readString(
                        Path.of("seed-content", "demo-partner-site", "projekte", "hafen-parksensoren.html")))
                .contains("../berichte/hafen-parksensoren-auswertung.pdf");
    }
}
