package de.smilecity.exchange.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Partner reports as PDF, written by the test with PDFBox: named reports with a text layer, scans
 * without one, encrypted and padded ones. Every page of a text report says which page it is, so a
 * test can check that text was read page by page.
 */
public final class TestReports {

    /** The page of {@link #parkingSensorReport} that holds the cost passage. */
    public static final int COST_PAGE = 14;

    public static final String COST_PASSAGE =
            "Die Kosten der Parksensoren beliefen sich auf 48.000 Euro für 120 Stellplätze,"
                    + " einschließlich Montage und Wartung im ersten Jahr.";

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestReports() {}

    /** A 20-page evaluation report of parking sensors with a text layer; page 14 names the costs. */
    public static byte[] parkingSensorReport(String title) {
        return withText(title, 20, Map.of(COST_PAGE, COST_PASSAGE));
    }

    /**
     * A report whose every page carries a few sentences and its own number ("Seite n von N").
     *
     * @param title written into the document information, or null for none
     * @param special page number → an extra paragraph on that page
     */
    public static byte[] withText(@Nullable String title, int pages, Map<Integer, String> special) {
        try (PDDocument doc = new PDDocument()) {
            if (title != null) doc.getDocumentInformation().setTitle(title);
            for (int n = 1; n <= pages; n++) {
                List<String> lines = new ArrayList<>();
                lines.add("Evaluationsbericht Parken im Quartier – Abschnitt " + n);
                lines.add("Seite " + n + " von " + pages);
                lines.add("Die Stadt hat im Abschnitt " + n + " die Belegung der Stellplätze gemessen und mit den");
                lines.add("Anwohnerinnen und Anwohnern besprochen, wie sich der Suchverkehr entwickelt hat.");
                String extra = special.get(n);
                if (extra != null) lines.addAll(wrap(extra, 90));
                page(doc, lines);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report of {@code pages} pages of long running text, for the extraction benchmark. */
    public static byte[] longText(int pages) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle("Langer Bericht mit " + pages + " Seiten");
            Random random = new Random(pages);
            String[] words = ("Stadt Quartier Beteiligung Mobilität Parksensor Kosten Wartung Förderung Bürgerinnen"
                            + " Verwaltung Klima Wärme Netz Daten Plattform Bericht Ergebnis Maßnahme Haushalt")
                    .split(" ");
            for (int n = 1; n <= pages; n++) {
                List<String> lines = new ArrayList<>();
                lines.add("Kapitel " + n);
                for (int l = 0; l < 50; l++) {
                    StringBuilder line = new StringBuilder();
                    while (line.length() < 90)
                        line.append(words[random.nextInt(words.length)]).append(' ');
                    lines.add(line.toString().strip());
                }
                page(doc, lines);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned report: every page one image, no text layer at all. */
    public static byte[] scanned(int pages) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.DARK_GRAY);
            for (int y = 20; y < 260; y += 12) g.fillRect(20, y, 160, 4); // lines of "text" as pixels
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            for (int n = 0; n < pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 40, 60, 515, 720);
                }
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report that needs a password to be opened. */
    public static byte[] encrypted() {
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of("Vertraulicher Bericht", "Nur für den Dienstgebrauch."));
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text report padded with an image of noise (which no compression shrinks) to at least the
     * given size.
     */
    public static byte[] atLeast(int bytes) {
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of("Sehr großer Bericht", "Mit Anhängen in voller Auflösung."));
            int side = (int) Math.ceil(Math.sqrt(bytes / 3.0)) + 8;
            BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(bytes);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) noise.setRGB(x, y, random.nextInt(0x1000000));
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, noise), 40, 60, 515, 515);
            }
            byte[] written = bytes(doc);
            if (written.length < bytes) throw new IllegalStateException("padding too small: " + written.length);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setLeading(14);
            content.newLineAtOffset(50, 790);
            content.setFont(BOLD, 14);
            content.showText(lines.getFirst());
            content.setFont(FONT, 10);
            for (String line : lines.subList(1, lines.size())) {
                content.newLine();
                content.showText(line);
            }
            content.endText();
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) line.append(' ');
            line.append(word);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
