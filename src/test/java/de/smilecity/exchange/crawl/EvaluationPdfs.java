package de.smilecity.exchange.crawl;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a report of the evaluation set from its source text (pages separated by a line holding
 * only a form feed) into a PDF: with a text layer, or as page images only, as a scan would be.
 */
final class EvaluationPdfs {

    private static final int LINE_CHARS = 90;

    private EvaluationPdfs() {}

    static byte[] render(String source, boolean textLayer) {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String pageText : source.split("\n\f\n|\f")) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                List<String> lines = wrap(pageText);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    if (textLayer) {
                        content.beginText();
                        content.setFont(font, 10);
                        content.setLeading(13);
                        content.newLineAtOffset(50, 790);
                        for (String line : lines) {
                            content.showText(line);
                            content.newLine();
                        }
                        content.endText();
                    } else {
                        PDImageXObject image = LosslessFactory.createFromImage(pdf, picture(lines));
                        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render an evaluation report", e);
        }
    }

    /**
     * The same report with an attachment of the given size (incompressible bytes, as photos would
     * be), so that it is a real PDF larger than a size cap.
     */
    static byte[] withAttachment(byte[] pdf, long attachmentBytes) {
        byte[] photos = new byte[Math.toIntExact(attachmentBytes)];
        new Random(15).nextBytes(photos);
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(photos));
            file.setSubtype("image/tiff");
            file.setSize(photos.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("fotodokumentation.tif");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode attachments = new PDEmbeddedFilesNameTreeNode();
            attachments.setNames(Map.of("fotodokumentation.tif", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(attachments);
            document.getDocumentCatalog().setNames(names);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot attach to an evaluation report", e);
        }
    }

    private static BufferedImage picture(List<String> lines) {
        BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 9));
        int y = 50;
        for (String line : lines) {
            g.drawString(line, 50, y);
            y += 12;
        }
        g.dispose();
        return image;
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() + word.length() + 1 > LINE_CHARS && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) line.append(' ');
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines.stream().limit(60).toList();
    }
}
