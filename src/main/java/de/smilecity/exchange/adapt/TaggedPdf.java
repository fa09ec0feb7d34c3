package de.smilecity.exchange.adapt;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * A small flowing-text writer that tags as it writes (PDF/UA-1, ISO 14289-1): every text run is
 * marked content with an MCID that belongs to exactly one structure element, the structure tree is
 * built in the order the content is drawn (so reading order is drawing order), and whatever is only
 * decoration (check boxes, rules, page numbers) is an artifact. Fonts are Liberation Sans, embedded
 * as subsets, because the standard 14 fonts are never embedded and PDF/UA forbids that.
 *
 * <p>One instance writes one document; it is not thread-safe.
 */
final class TaggedPdf {

    /** A text look. {@code leading} is the distance between baselines, in points. */
    record Style(boolean bold, float size, Color colour, float leading) {}

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** Room kept free at the bottom of each page for the page footer. */
    private static final float FOOTER_ROOM = 28;

    private static final float BOTTOM = MARGIN + FOOTER_ROOM;
    private static final String FONT_REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String FONT_BOLD = "/liberation/LiberationSans-Bold.ttf";

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    private final PDStructureElement root;
    /** Parent tree entries: a page's key gives its MCIDs' elements, an annotation's key its Link element. */
    private final Map<Integer, COSObjectable> parentTree = new LinkedHashMap<>();

    private final Map<String, Boolean> showable = new HashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    private COSArray pageElements;
    private float y;

    /**
     * @param language the document's language as a BCP 47 tag ({@code de}), on the catalogue
     * @param title shown by viewers instead of the file name
     */
    TaggedPdf(String language, String title, String subject, String author) {
        try {
            regular = font(FONT_REGULAR);
            bold = font(FONT_BOLD);
        } catch (IOException e) {
            throw new UncheckedIOException("The kit's fonts could not be loaded from the class path", e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setStructureTreeRoot(treeRoot);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor(author);
        info.setCreator(Xmp.CREATOR);
        info.setProducer(Xmp.PRODUCER);
        try {
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(
                    Xmp.packet(language, title, subject, author).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("The kit's XMP metadata could not be written", e);
        }
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, treeRoot);
        treeRoot.appendKid(root);
        newPage();
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("Font " + resource + " is not on the class path");
            return PDType0Font.load(document, in, true);
        }
    }

    /** The {@code Document} element, the root of everything else. */
    PDStructureElement root() {
        return root;
    }

    /** A new structure element of the given standard type, appended to its parent in reading order. */
    PDStructureElement element(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /** Vertical space before the next block; none at the top of a page. */
    void space(float points) {
        if (y < PAGE.getHeight() - MARGIN) y -= points;
    }

    /** Vertical space, also at the top of a page (the title page starts well down). */
    void moveDown(float points) {
        y -= points;
        if (y < BOTTOM) newPage();
    }

    /** Starts a new page unless at least {@code points} remain on this one. */
    void keepRoom(float points) {
        if (y - points < BOTTOM) newPage();
    }

    /**
     * Writes a text as the content of {@code element}, wrapped to {@code width} from {@code x};
     * explicit line breaks are kept. Runs on to the next page as needed.
     */
    void text(PDStructureElement element, String text, Style style, float x, float width) {
        List<String> lines = wrap(text, style, width);
        int next = 0;
        while (next < lines.size()) {
            keepRoom(style.leading());
            int end = next;
            while (end < lines.size() && y - (end - next + 1) * style.leading() >= BOTTOM) end++;
            drawLines(element, lines.subList(next, end), style, x, y);
            y -= (end - next) * style.leading();
            next = end;
        }
    }

    /**
     * Writes a row of cells side by side, each wrapped to its column, on one page (a row is never
     * split: it holds a label and a short value).
     *
     * @param cells the cells' elements and texts, in reading order
     * @param xs the left edge of each column
     * @param widths the width of each column
     */
    void row(List<PDStructureElement> cells, List<String> texts, List<Style> styles, float[] xs, float[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = wrap(texts.get(i), styles.get(i), widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size() * styles.get(i).leading());
        }
        keepRoom(height);
        for (int i = 0; i < cells.size(); i++) {
            drawLines(cells.get(i), wrapped.get(i), styles.get(i), xs[i], y);
        }
        y -= height;
    }

    /**
     * Writes a label beside the first line of the text that follows it (a list item's number or
     * bullet), without moving on: the caller writes the item's body next, from the same line.
     */
    void label(PDStructureElement element, String text, Style style, float x, float firstLineLeading) {
        keepRoom(firstLineLeading);
        drawLines(element, List.of(showable(text, style)), style, x, y);
    }

    /** Draws an empty square to tick on paper, beside the next line: decoration, not content. */
    void checkBox(float x, float size, float lineLeading) {
        keepRoom(lineLeading);
        float top = y - (lineLeading - size) / 2;
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setStrokingColor(Color.DARK_GRAY);
            content.setLineWidth(0.8f);
            content.addRect(x, top - size, size, size);
            content.stroke();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw a check box on the PDF kit", e);
        }
    }

    /**
     * Writes a web address as a {@code Link} element under {@code parent}: its text, and one link
     * annotation per line pointing at the address, each tied to the element by an object reference
     * and described by {@code description} for those who cannot see the text around it.
     */
    void link(PDStructureElement parent, String url, String description, Style style, float x, float width) {
        PDStructureElement link = element(parent, StandardStructureTypes.LINK);
        // Addresses have no spaces to break at; any character is a fair place.
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int cp : showable(url, style).codePoints().toArray()) {
            String candidate = line + Character.toString(cp);
            if (!line.isEmpty() && width(candidate, style) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        for (String text : lines) {
            keepRoom(style.leading());
            drawLines(link, List.of(text), style, x, y);
            float baseline = baseline(y, style);
            PDRectangle area =
                    new PDRectangle(x, baseline - style.size() * 0.25f, width(text, style), style.size() * 1.2f);
            annotate(link, area, url, description);
            y -= style.leading();
        }
    }

    private void annotate(PDStructureElement link, PDRectangle area, String url, String description) {
        PDAnnotationLink annotation = new PDAnnotationLink();
        annotation.setRectangle(area);
        annotation.setContents(description);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        annotation.setBorderStyle(noBorder);
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        annotation.setAction(action);
        annotation.setPage(page);
        int key = parentTree.size();
        annotation.setStructParent(key);
        parentTree.put(key, link);
        try {
            page.getAnnotations().add(annotation);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not add a link to the PDF kit", e);
        }
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        link.appendKid(reference);
    }

    private void drawLines(PDStructureElement element, List<String> lines, Style style, float x, float top) {
        if (lines.isEmpty()) return;
        try {
            int mcid = pageElements.size();
            pageElements.add(element);
            // An inline property list (/P <</MCID 3>> BDC), the form every reader of tags understands.
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            content.beginText();
            content.setFont(style.bold() ? bold : regular, style.size());
            content.setNonStrokingColor(style.colour());
            float baseline = baseline(top, style);
            for (String line : lines) {
                content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
                content.showText(line);
                baseline -= style.leading();
            }
            content.endText();
            content.endMarkedContent();
            if (page.equals(element.getPage())) {
                element.appendKid(mcid);
            } else {
                // Content on another page than the element's own: the reference names its page.
                PDMarkedContentReference reference = new PDMarkedContentReference();
                reference.setMCID(mcid);
                reference.setPage(page);
                element.appendKid(reference);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write text on the PDF kit", e);
        }
    }

    private static float baseline(float top, Style style) {
        return top - style.leading() + (style.leading() - style.size()) / 2 + style.size() * 0.22f;
    }

    void newPage() {
        closeContent();
        page = new PDPage(PAGE);
        // Tab order follows the structure (PDF/UA asks for it on every page with annotations).
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        document.addPage(page);
        int key = parentTree.size();
        page.setStructParents(key);
        pageElements = new COSArray();
        parentTree.put(key, pageElements);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a page of the PDF kit", e);
        }
        y = PAGE.getHeight() - MARGIN;
    }

    private void closeContent() {
        if (content == null) return;
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish a page of the PDF kit", e);
        }
    }

    /**
     * Finishes the document: a footer on every page (a rule and "title · n / total", marked as a
     * pagination artifact), the parent tree, and the bytes.
     */
    byte[] finish(String footer, Style style) {
        closeContent();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage each = document.getPage(i);
            try (PDPageContentStream footerContent =
                    new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
                COSDictionary properties = new COSDictionary();
                properties.setName(COSName.TYPE, "Pagination");
                properties.setName(COSName.SUBTYPE, "Footer");
                footerContent.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
                footerContent.setStrokingColor(Color.LIGHT_GRAY);
                footerContent.setLineWidth(0.5f);
                footerContent.moveTo(MARGIN, MARGIN + 14);
                footerContent.lineTo(PAGE.getWidth() - MARGIN, MARGIN + 14);
                footerContent.stroke();
                footerContent.beginText();
                footerContent.setFont(regular, style.size());
                footerContent.setNonStrokingColor(style.colour());
                String pageNumber = (i + 1) + " / " + total;
                String left = fitted(showable(footer, style), style, WIDTH - width(pageNumber, style) - 24);
                footerContent.setTextMatrix(Matrix.getTranslateInstance(MARGIN, MARGIN));
                footerContent.showText(left);
                footerContent.setTextMatrix(
                        Matrix.getTranslateInstance(PAGE.getWidth() - MARGIN - width(pageNumber, style), MARGIN));
                footerContent.showText(pageNumber);
                footerContent.endText();
                footerContent.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the footer of the PDF kit", e);
            }
        }
        PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
        parents.setNumbers(parentTree);
        treeRoot.setParentTree(parents);
        treeRoot.setParentTreeNextKey(parentTree.size());
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the PDF kit", e);
        }
    }

    private String fitted(String text, Style style, float width) {
        if (width(text, style) <= width) return text;
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", style) > width) cut = cut.substring(0, cut.length() - 1);
        return cut.strip() + "…";
    }

    /** Lines of at most {@code width}: broken at spaces, and inside a word only if it is wider alone. */
    List<String> wrap(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : showable(hardLine, style).split(" +")) {
                if (word.isEmpty()) continue;
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) lines.add(line.toString());
                line.setLength(0);
                String rest = word;
                while (width(rest, style) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), style) > width) cut--;
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) lines.add(line.toString());
        }
        return lines;
    }

    float width(String text, Style style) {
        try {
            return (style.bold() ? bold : regular).getStringWidth(text) / 1000 * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure text for the PDF kit", e);
        }
    }

    /**
     * The text with what the font cannot show replaced: control characters and line-internal
     * whitespace by spaces (line breaks are kept for {@link #wrap}), other characters by their
     * decomposition's showable parts (₂ becomes 2), or by "?" — approximated, never silently lost.
     */
    private String showable(String text, Style style) {
        PDFont font = style.bold() ? bold : regular;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (canShow(font, Character.toString(cp))) {
                out.appendCodePoint(cp);
            } else {
                StringBuilder kept = new StringBuilder();
                Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD)
                        .codePoints()
                        .mapToObj(Character::toString)
                        .filter(ch -> canShow(font, ch))
                        .forEach(kept::append);
                out.append(kept.isEmpty() ? "?" : kept);
            }
        });
        return out.toString();
    }

    private boolean canShow(PDFont font, String character) {
        return showable.computeIfAbsent((font == bold ? "b" : "r") + character, key -> {
            try {
                font.encode(character);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                // The font has no glyph for it: the caller approximates the character instead.
                return false;
            }
        });
    }

    /** The document's XMP packet: Dublin Core title, language and author, and the PDF/UA-1 claim. */
    static final class Xmp {

        static final String CREATOR = "smile exchange";
        static final String PRODUCER = "Apache PDFBox";

        private Xmp() {}

        static String packet(String language, String title, String subject, String author) {
            return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                    + "<rdf:Description rdf:about=\"\"\n"
                    + "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                    + "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                    + "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                    + "  xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                    + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                    + "</rdf:li></rdf:Alt></dc:title>\n"
                    + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                    + "</rdf:li></rdf:Alt></dc:description>\n"
                    + "<dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                    + "<dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                    + "<xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool>\n"
                    + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                    + "<pdfuaid:part>1</pdfuaid:part>\n"
                    + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        }

        /** XML text: the five special characters escaped, characters XML cannot carry dropped. */
        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                switch (cp) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&apos;");
                    default -> {
                        if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') out.appendCodePoint(cp);
                    }
                }
            });
            return out.toString();
        }
    }
}
