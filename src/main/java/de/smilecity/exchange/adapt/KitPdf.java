package de.smilecity.exchange.adapt;

import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.H1;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.H2;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.L;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.LBL;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.LI;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.L_BODY;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.P;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.TABLE;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.TD;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.TH;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.TR;

import de.smilecity.exchange.adapt.TaggedPdf.Style;
import de.smilecity.exchange.shared.Markdown;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.jspecify.annotations.Nullable;

/**
 * The kit as a tagged PDF (PDF/UA-1): a title page, then the facts as a table, the texts, and the
 * steps as a numbered checklist with an empty box per step to tick on paper. The whole kit is in
 * the entry's language, which is the document's language; the structure tree gives screen readers
 * the entry's title as the one H1, the sections as H2, paragraphs, lists, the facts table and the
 * links, in reading order. Boxes, rules and page numbers are artifacts.
 */
public final class KitPdf {

    private static final Color ACCENT = new Color(0x0b, 0x57, 0xa4);
    private static final Color MUTED = new Color(0x40, 0x40, 0x40);
    private static final Style LABEL = new Style(true, 10, ACCENT, 14);
    private static final Style TITLE = new Style(true, 26, Color.BLACK, 31);
    private static final Style SUBTITLE = new Style(false, 13, MUTED, 18);
    private static final Style HEADING = new Style(true, 15, ACCENT, 20);
    private static final Style BODY = new Style(false, 10.5f, Color.BLACK, 14);
    private static final Style STRONG = new Style(true, 10.5f, Color.BLACK, 14);
    private static final Style SMALL = new Style(false, 9, MUTED, 12);

    private static final float X = TaggedPdf.MARGIN;
    private static final float WIDTH = TaggedPdf.WIDTH;
    /** Where a list item's body starts, right of its bullet or of its box and number. */
    private static final float BULLET_INDENT = 14;

    private static final float STEP_INDENT = 40;

    private KitPdf() {}

    public static byte[] render(Kit kit) {
        TaggedPdf pdf = new TaggedPdf(
                kit.language(), kit.title() + " – " + kit.heading("label"), kit.summary(), kit.organisation());
        titlePage(pdf, kit);
        facts(pdf, kit);
        texts(pdf, kit.heading("summary"), kit.summary());
        texts(pdf, kit.heading("approach"), kit.approach());
        steps(pdf, kit);
        texts(pdf, kit.heading("prerequisites"), kit.prerequisites());
        list(pdf, kit.heading("indicators"), kit.indicators());
        list(pdf, kit.heading("contacts"), kit.contacts());
        sources(pdf, kit);
        list(pdf, kit.heading("lineage"), kit.lineage());
        return pdf.finish(kit.title() + " · " + kit.heading("label"), SMALL);
    }

    private static void titlePage(TaggedPdf pdf, Kit kit) {
        PDStructureElement root = pdf.root();
        pdf.moveDown(120);
        paragraph(pdf, root, (kit.heading("label") + " · smile exchange").toUpperCase(locale(kit)), LABEL);
        pdf.moveDown(12);
        pdf.text(pdf.element(root, H1), kit.title(), TITLE, X, WIDTH);
        pdf.moveDown(14);
        paragraph(pdf, root, kit.kind() + " · " + kit.organisation(), SUBTITLE);
        pdf.moveDown(30);
        paragraph(pdf, root, kit.summary(), BODY);
        pdf.moveDown(40);
        PDStructureElement origin = pdf.element(root, P);
        pdf.text(origin, kit.heading("entry") + ":", SMALL, X, WIDTH);
        pdf.link(origin, kit.entryUrl(), kit.heading("entry") + ": " + kit.title(), SMALL, X, WIDTH);
        paragraph(pdf, root, kit.heading("generated") + ": " + kit.generatedOn(), SMALL);
        pdf.newPage();
    }

    private static void facts(TaggedPdf pdf, Kit kit) {
        heading(pdf, kit.heading("facts"));
        PDStructureElement table = pdf.element(pdf.root(), TABLE);
        float gap = 10;
        float labelWidth = (WIDTH - gap) / 3;
        float[] xs = {X, X + labelWidth + gap};
        float[] widths = {labelWidth, WIDTH - labelWidth - gap};
        for (Kit.Fact fact : kit.facts()) {
            PDStructureElement row = pdf.element(table, TR);
            PDStructureElement label = pdf.element(row, TH);
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_ROW);
            label.addAttribute(scope);
            PDStructureElement value = pdf.element(row, TD);
            pdf.row(List.of(label, value), List.of(fact.label(), fact.value()), List.of(STRONG, BODY), xs, widths);
            pdf.moveDown(6);
        }
    }

    private static void steps(TaggedPdf pdf, Kit kit) {
        heading(pdf, kit.heading("steps"));
        if (kit.steps().isEmpty()) {
            paragraph(pdf, pdf.root(), kit.heading("steps.none"), BODY);
            return;
        }
        PDStructureElement list = list(pdf, PDListAttributeObject.LIST_NUMBERING_DECIMAL);
        int number = 1;
        for (Kit.Step step : kit.steps()) {
            PDStructureElement item = pdf.element(list, LI);
            pdf.checkBox(X, 10, STRONG.leading());
            pdf.label(pdf.element(item, LBL), number++ + ".", STRONG, X + 16, STRONG.leading());
            PDStructureElement body = pdf.element(item, L_BODY);
            pdf.text(pdf.element(body, P), step.title(), STRONG, X + STEP_INDENT, WIDTH - STEP_INDENT);
            for (String paragraph : paragraphs(step.description())) {
                pdf.moveDown(2);
                pdf.text(pdf.element(body, P), paragraph, BODY, X + STEP_INDENT, WIDTH - STEP_INDENT);
            }
            pdf.moveDown(8);
        }
    }

    private static void texts(TaggedPdf pdf, String heading, String markdown) {
        if (markdown.isBlank()) return;
        heading(pdf, heading);
        for (String paragraph : paragraphs(markdown)) {
            paragraph(pdf, pdf.root(), paragraph, BODY);
            pdf.moveDown(6);
        }
    }

    private static void list(TaggedPdf pdf, String heading, List<String> items) {
        if (items.isEmpty()) return;
        heading(pdf, heading);
        PDStructureElement list = list(pdf, PDListAttributeObject.LIST_NUMBERING_DISC);
        for (String item : items) bulletItem(pdf, list, item, null);
    }

    private static void sources(TaggedPdf pdf, Kit kit) {
        heading(pdf, kit.heading("sources"));
        PDStructureElement list = list(pdf, PDListAttributeObject.LIST_NUMBERING_DISC);
        for (Kit.Source source : kit.sources()) {
            bulletItem(pdf, list, source.url() == null ? source.title() : source.title() + ":", source.url());
        }
        bulletItem(pdf, list, kit.heading("licence") + ": " + kit.licence(), null);
    }

    private static PDStructureElement list(TaggedPdf pdf, String numbering) {
        PDStructureElement list = pdf.element(pdf.root(), L);
        PDListAttributeObject attribute = new PDListAttributeObject();
        attribute.setListNumbering(numbering);
        list.addAttribute(attribute);
        return list;
    }

    /** A bulleted item; with a {@code url}, the text is its label and the address follows as a link. */
    private static void bulletItem(TaggedPdf pdf, PDStructureElement list, String text, @Nullable String url) {
        PDStructureElement item = pdf.element(list, LI);
        pdf.label(pdf.element(item, LBL), "•", BODY, X, BODY.leading());
        PDStructureElement body = pdf.element(item, L_BODY);
        pdf.text(body, text, BODY, X + BULLET_INDENT, WIDTH - BULLET_INDENT);
        if (url != null) pdf.link(body, url, text + " " + url, BODY, X + BULLET_INDENT, WIDTH - BULLET_INDENT);
        pdf.moveDown(3);
    }

    private static void heading(TaggedPdf pdf, String text) {
        // A heading is never left alone at the foot of a page.
        pdf.keepRoom(16 + HEADING.leading() + 8 + 2 * BODY.leading());
        pdf.space(16);
        pdf.text(pdf.element(pdf.root(), H2), text, HEADING, X, WIDTH);
        pdf.moveDown(8);
    }

    private static void paragraph(TaggedPdf pdf, PDStructureElement parent, String text, Style style) {
        pdf.text(pdf.element(parent, P), text, style, X, WIDTH);
    }

    /**
     * Markdown as plain paragraphs, one structure element each. A line break before a lower-case
     * letter is the author's soft wrap inside a sentence; any other line break (the plain text of a
     * new Markdown paragraph or list item) starts a new paragraph.
     */
    private static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        if (markdown.isBlank()) return paragraphs;
        String text = Markdown.toPlainText(markdown).replaceAll("[ \\t]*\\n[ \\t]*(?=\\p{Ll})", " ");
        for (String paragraph : text.split("\\n")) {
            if (!paragraph.isBlank()) paragraphs.add(paragraph.strip());
        }
        return paragraphs;
    }

    private static Locale locale(Kit kit) {
        return Locale.forLanguageTag(kit.language());
    }
}
