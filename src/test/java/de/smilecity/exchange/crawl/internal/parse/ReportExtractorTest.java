package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.testsupport.TestReports;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports read page by page from PDFs that the test writes itself. */
class ReportExtractorTest {

    static final URI URL = URI.create("https://partner.example/berichte/Parksensoren%20Evaluation.pdf");

    @Test
    void readsEveryPageOnItsOwnWithTheTitleOfTheDocument() throws UnreadableReport {
        ExtractedReport report =
                ReportExtractor.extract(TestReports.parkingSensorReport("Evaluation Parksensoren 2024"), URL);

        assertThat(report.title()).isEqualTo("Evaluation Parksensoren 2024");
        assertThat(report.pageCount()).isEqualTo(20);
        assertThat(report.textLayer()).isTrue();
        for (int n = 1; n <= 20; n++) {
            assertThat(report.pages().get(n - 1)).as("page %d", n).contains("Seite " + n + " von 20");
        }
        assertThat(report.pages().get(TestReports.COST_PAGE - 1))
                .contains("Kosten der Parksensoren")
                .contains("48.000 Euro");
        assertThat(report.pages())
                .filteredOn(page -> page.contains("Parksensoren"))
                .hasSize(1);
    }

    @Test
    void takesTheFirstHeadingLikeLineWhenTheDocumentHasNoTitleAndElseTheFileName() throws UnreadableReport {
        ExtractedReport untitled = ReportExtractor.extract(TestReports.withText(null, 2, Map.of()), URL);
        assertThat(untitled.title()).isEqualTo("Evaluationsbericht Parken im Quartier – Abschnitt 1");

        ExtractedReport word =
                ReportExtractor.extract(TestReports.withText("Microsoft Word - bericht_final.docx", 1, Map.of()), URL);
        assertThat(word.title()).isEqualTo("Evaluationsbericht Parken im Quartier – Abschnitt 1");

        ExtractedReport scan = ReportExtractor.extract(TestReports.scanned(2), URL);
        assertThat(scan.title()).isEqualTo("Parksensoren Evaluation");
        assertThat(ReportExtractor.fileName(URI.create("https://partner.example/")))
                .isEqualTo("report");
    }

    @Test
    void saysWhenAReportHasNoTextLayer() throws UnreadableReport {
        ExtractedReport scan = ReportExtractor.extract(TestReports.scanned(3), URL);
        assertThat(scan.pageCount()).isEqualTo(3);
        assertThat(scan.textLayer()).isFalse();
        assertThat(scan.pages()).allSatisfy(page -> assertThat(page).isBlank());
    }

    @Test
    void refusesEncryptedBrokenAndNonPdfFilesWithAReason() {
        assertThatThrownBy(() -> ReportExtractor.extract(TestReports.encrypted(), URL))
                .isInstanceOf(UnreadableReport.class)
                .hasMessageStartingWith("encrypted: the PDF needs a password");

        byte[] whole = TestReports.parkingSensorReport("Abgeschnitten");
        byte[] cut = Arrays.copyOf(whole, 600);
        assertThatThrownBy(() -> ReportExtractor.extract(cut, URL))
                .isInstanceOf(UnreadableReport.class)
                .hasMessageStartingWith("broken PDF: ");

        byte[] html = "<html><body>Nicht gefunden</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportExtractor.extract(html, URL))
                .isInstanceOf(UnreadableReport.class)
                .hasMessageStartingWith("not a PDF");
    }

    @Test
    void hashesTheBytes() {
        byte[] report = TestReports.withText("A", 1, Map.of());
        assertThat(ReportExtractor.hash(report)).hasSize(64).isEqualTo(ReportExtractor.hash(report.clone()));
        byte[] other = TestReports.withText("B", 1, Map.of());
        assertThat(ReportExtractor.hash(other)).isNotEqualTo(ReportExtractor.hash(report));
    }

    @Test
    void countsAPageAsTextOnlyWithSomeWords() {
        assertThat(ReportExtractor.hasText("Seite 3")).isFalse();
        assertThat(ReportExtractor.hasText("Die Kosten der Parksensoren beliefen sich auf 48.000 Euro."))
                .isTrue();
        assertThat(ReportExtractor.isHeadingLike("14")).isFalse();
        assertThat(ReportExtractor.isHeadingLike("Evaluation 2024")).isTrue();
    }
}
