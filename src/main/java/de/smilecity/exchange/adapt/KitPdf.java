package de.smilecity.exchange.adapt;

import de.smilecity.exchange.shared.Markdown;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The kit as a PDF (OpenPDF): a title page, then the facts, texts and the steps as a checklist with
 * an empty box per step to tick on paper. The standard Helvetica covers German and the Western
 * European languages (Windows-1252); other characters are approximated (₂ becomes 2) rather than
 * dropped.
 */
public final class KitPdf {

    private static final Color ACCENT = new Color(0x0b, 0x57, 0xa4);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD, ACCENT);
    private static final Font TITLE = new Font(Font.HELVETICA, 26, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 13, Font.NORMAL, Color.DARK_GRAY);
    private static final Font HEADING = new Font(Font.HELVETICA, 15, Font.BOLD, ACCENT);
    private static final Font BODY = new Font(Font.HELVETICA, 10.5f, Font.NORMAL);
    private static final Font STRONG = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);

    private KitPdf() {}

    public static byte[] render(Kit kit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text(kit.title() + " – " + kit.heading("label")));
            document.addSubject(text(kit.summary()));
            document.addAuthor(text(kit.organisation()));
            document.addCreator("smile exchange");
            document.open();
            titlePage(document, kit);
            document.newPage();
            facts(document, kit);
            texts(document, kit.heading("summary"), kit.summary());
            texts(document, kit.heading("approach"), kit.approach());
            steps(document, kit);
            texts(document, kit.heading("prerequisites"), kit.prerequisites());
            list(document, kit.heading("indicators"), kit.indicators());
            list(document, kit.heading("contacts"), kit.contacts());
            list(
                    document,
                    kit.heading("sources"),
                    java.util.stream.Stream.concat(
                                    kit.sources().stream()
                                            .map(s -> s.url() == null ? s.title() : s.title() + ": " + s.url()),
                                    java.util.stream.Stream.of(kit.heading("licence") + ": " + kit.licence()))
                            .toList());
            list(document, kit.heading("lineage"), kit.lineage());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(
                    "The PDF kit of '" + kit.title() + "' could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void titlePage(Document document, Kit kit) {
        Paragraph label =
                new Paragraph(text(kit.heading("label") + " · smile exchange").toUpperCase(), LABEL);
        label.setSpacingBefore(120);
        Paragraph title = new Paragraph(text(kit.title()), TITLE);
        title.setSpacingBefore(12);
        title.setLeading(31);
        Paragraph subtitle = new Paragraph(text(kit.kind() + " · " + kit.organisation()), SUBTITLE);
        subtitle.setSpacingBefore(14);
        Paragraph summary = new Paragraph(text(kit.summary()), BODY);
        summary.setSpacingBefore(30);
        Paragraph origin = new Paragraph(text(kit.heading("entry") + ": " + kit.entryUrl()), SMALL);
        origin.setSpacingBefore(40);
        Paragraph generated = new Paragraph(text(kit.heading("generated") + ": " + kit.generatedOn()), SMALL);
        for (Paragraph p : List.of(label, title, subtitle, summary, origin, generated)) add(document, p);
    }

    private static void facts(Document document, Kit kit) {
        heading(document, kit.heading("facts"));
        PdfPTable table = new PdfPTable(new float[] {1, 2});
        table.setWidthPercentage(100);
        for (Kit.Fact fact : kit.facts()) {
            table.addCell(cell(new Phrase(text(fact.label()), STRONG)));
            table.addCell(cell(new Phrase(text(fact.value()), BODY)));
        }
        add(document, table);
    }

    private static void steps(Document document, Kit kit) {
        heading(document, kit.heading("steps"));
        if (kit.steps().isEmpty()) {
            add(document, new Paragraph(text(kit.heading("steps.none")), BODY));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {0.35f, 0.45f, 9});
        table.setWidthPercentage(100);
        int number = 1;
        for (Kit.Step step : kit.steps()) {
            PdfPCell box = new PdfPCell(new Phrase(" ", BODY));
            box.setFixedHeight(12);
            box.setBorderWidth(1);
            box.setVerticalAlignment(Element.ALIGN_TOP);
            PdfPCell boxHolder = cell(new Phrase(""));
            PdfPTable inner = new PdfPTable(1);
            inner.setTotalWidth(12);
            inner.addCell(box);
            boxHolder.addElement(inner);
            table.addCell(boxHolder);
            table.addCell(cell(new Phrase(number++ + ".", STRONG)));
            PdfPCell content = cell(new Phrase(""));
            content.addElement(new Paragraph(text(step.title()), STRONG));
            if (!step.description().isBlank()) {
                content.addElement(new Paragraph(text(Markdown.toPlainText(step.description())), BODY));
            }
            table.addCell(content);
        }
        add(document, table);
    }

    private static void texts(Document document, String heading, String markdown) {
        if (markdown.isBlank()) return;
        heading(document, heading);
        for (String paragraph : Markdown.toPlainText(markdown).split("\\n\\s*\\n")) {
            // A line break inside a sentence is the author's soft wrap, not a new line.
            Paragraph p = new Paragraph(text(paragraph.strip().replaceAll("\\s*\\n\\s*(?=\\p{Ll})", " ")), BODY);
            p.setSpacingAfter(6);
            add(document, p);
        }
    }

    private static void list(Document document, String heading, List<String> items) {
        if (items.isEmpty()) return;
        heading(document, heading);
        for (String item : items) {
            Paragraph p = new Paragraph();
            p.add(new Chunk("•  ", BODY));
            p.add(new Chunk(text(item), BODY));
            p.setIndentationLeft(12);
            p.setFirstLineIndent(-12);
            p.setSpacingAfter(3);
            add(document, p);
        }
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text(text), HEADING);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(8);
        heading.setKeepTogether(true);
        add(document, heading);
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not add to the PDF kit: " + e.getMessage(), e);
        }
    }

    /** Text that Helvetica's Windows-1252 encoding can show: others approximated, never silently lost. */
    static String text(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (encoder.canEncode(ch)) {
                out.append(ch);
                return;
            }
            String approximated = Normalizer.normalize(ch, Normalizer.Form.NFKD);
            StringBuilder kept = new StringBuilder();
            approximated
                    .codePoints()
                    .mapToObj(Character::toString)
                    .filter(encoder::canEncode)
                    .forEach(kept::append);
            out.append(kept.isEmpty() ? "?" : kept);
        });
        return out.toString();
    }
}
