package de.smilecity.exchange.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the demo partner site's reports as PDFs with a text layer, from their text in
 * {@code seed-content/demo-partner-site/}: so the repository holds our own words, not a binary, and a
 * fresh start can crawl a report offline. A line holding only a form feed ends a page; lines are
 * wrapped at {@value #LINE_LENGTH} characters. The texts must be in WinAnsiEncoding, which the
 * standard fonts draw.
 */
final class DemoReports {

    static final int LINE_LENGTH = 90;

    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;

    private DemoReports() {}

    /**
     * @param title written into the document information
     * @throws IllegalArgumentException if the text holds a character the standard fonts cannot draw
     */
    static byte[] render(String title, String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            for (String page : text.split("\n?\f\n?")) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : wrapped(page)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo report '" + title + "'", e);
        }
    }

    private static List<String> wrapped(String page) {
        List<String> lines = new ArrayList<>();
        for (String line : page.split("\n", -1)) {
            String rest = line.stripTrailing();
            while (rest.length() > LINE_LENGTH) {
                int cut = rest.lastIndexOf(' ', LINE_LENGTH);
                if (cut <= 0) cut = LINE_LENGTH;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }
}
