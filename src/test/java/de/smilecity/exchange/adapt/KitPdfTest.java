package de.smilecity.exchange.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF kit read back as assistive technology reads it: through its structure tree (PDF/UA-1),
 * not through the drawn text. A kit with many steps runs over several pages, so that elements
 * continued on a later page are checked too.
 */
class KitPdfTest {

    private static final String ENTRY_URL = "https://exchange.example/practices/kiel-landstrom-faehre";
    private static final Set<String> TEXT_OPERATORS = Set.of("Tj", "TJ", "'", "\"");

    private static Kit kit;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        kit = kielShorePower();
        pdf = KitPdf.render(kit);
    }

    @Test
    void declaresItselfTaggedInTheEntrysLanguageWithItsTitleShown() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(kit.title() + " – " + kit.heading("label"));
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("<pdfuaid:part>1</pdfuaid:part>")
                    .contains("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                    .contains("<rdf:li xml:lang=\"x-default\">Landstrom für Fähren am Ostseekai &amp; Schwentine")
                    .contains("<rdf:li>de</rdf:li>");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (PDPage page : document.getPages()) {
                assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")))
                        .as("tab order of every page follows the structure")
                        .isEqualTo("S");
            }
        }
    }

    @Test
    void structureTreeReadsTitleHeadingsParagraphsAndListsInOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Tagged> tree = walk(document);
            assertThat(tree.getFirst().type()).isEqualTo("Document");
            List<Tagged> headings1 =
                    tree.stream().filter(t -> t.type().equals("H1")).toList();
            assertThat(headings1).extracting(Tagged::text).containsExactly(kit.title());
            assertThat(tree.stream().filter(t -> t.type().equals("H2")).map(Tagged::text))
                    .containsExactly(
                            "Eckdaten",
                            "Kurzbeschreibung",
                            "Vorgehen",
                            "Schritte (Checkliste)",
                            "Voraussetzungen",
                            "Kennzahlen",
                            "Kontakt",
                            "Quellen",
                            "Herkunft");
            List<String> paragraphs = tree.stream()
                    .filter(t -> t.type().equals("P"))
                    .map(Tagged::text)
                    .toList();
            assertThat(paragraphs)
                    .contains(
                            "Die Stadtwerke versorgen anlegende Fähren mit Strom aus dem Netz, damit die Dieselgeneratoren"
                                    + " im Hafen schweigen.",
                            "Zuerst wurde der Bedarf je Liegeplatz gemessen.")
                    .containsSubsequence("Liegeplätze erfassen", "Schritt 30 der Erprobung");
            // The title comes before every section, the sections in the kit's order.
            int title = indexOf(tree, "H1", kit.title());
            assertThat(title).isLessThan(indexOf(tree, "H2", "Eckdaten"));
            assertThat(indexOf(tree, "H2", "Vorgehen")).isLessThan(indexOf(tree, "H2", "Schritte (Checkliste)"));

            List<Tagged> items =
                    tree.stream().filter(t -> t.type().equals("LI")).toList();
            assertThat(items).hasSizeGreaterThanOrEqualTo(kit.steps().size());
            assertThat(tree.stream().filter(t -> t.type().equals("Lbl")).map(Tagged::text))
                    .containsSubsequence("1.", "2.", "30.");
            assertThat(tree.stream().filter(t -> t.type().equals("Link")).map(Tagged::text))
                    .contains(ENTRY_URL, "https://landstrom.example/bericht.pdf");
        }
    }

    @Test
    void factsAreATableWithRowHeaders() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDStructureElement table = find(documentElement(document), "Table");
            List<PDStructureElement> rows = elements(table);
            assertThat(rows).hasSize(kit.facts().size()).allSatisfy(row -> {
                assertThat(elements(row))
                        .extracting(PDStructureElement::getStructureType)
                        .containsExactly("TH", "TD");
                PDStructureElement header = elements(row).getFirst();
                assertThat(header.getAttributes().getObject(0))
                        .isInstanceOfSatisfying(
                                PDTableAttributeObject.class,
                                a -> assertThat(a.getScope()).isEqualTo(PDTableAttributeObject.SCOPE_ROW));
            });
            Map<String, String> texts = texts(document);
            assertThat(text(document, elements(rows.getFirst()).getFirst(), texts))
                    .isEqualTo("Organisation");
            assertThat(text(document, elements(rows.getFirst()).get(1), texts)).isEqualTo("Landeshauptstadt Kiel");
        }
    }

    @Test
    void everyTextRunBelongsToAStructureElementOrIsAnArtifact() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> referenced = new HashSet<>();
            List<String> order = new ArrayList<>();
            collectMarkedContent(document, documentElement(document), referenced, order);
            assertThat(order).as("no MCID is used twice").doesNotHaveDuplicates();
            int artifactRuns = 0;
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                PDPage page = document.getPage(p);
                Deque<String> open = new ArrayDeque<>();
                List<Integer> mcidsInStreamOrder = new ArrayList<>();
                for (PDStream stream : contentStreams(page)) {
                    List<COSBase> operands = new ArrayList<>();
                    for (Object token : new PDFStreamParser(stream.toByteArray()).parse()) {
                        artifactRuns += check(token, operands, open, referenced, p, mcidsInStreamOrder);
                    }
                    assertThat(open)
                            .as("marked content closed within its content stream")
                            .isEmpty();
                }
                // Reading order: the tree names a page's marked content in the order it is drawn.
                int page1 = p;
                List<Integer> treeOrder = order.stream()
                        .filter(key -> key.startsWith(page1 + ":"))
                        .map(key -> Integer.parseInt(key.substring(key.indexOf(':') + 1)))
                        .toList();
                assertThat(treeOrder).isEqualTo(mcidsInStreamOrder);
                checkParentTree(document, page, p);
            }
            assertThat(artifactRuns).as("page footers drawn as artifacts").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void linksAreTaggedAndDescribed() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
                    links.add((PDAnnotationLink) annotation);
                }
            }
            assertThat(links).isNotEmpty().allSatisfy(link -> {
                assertThat(link.getContents()).as("alternative description").isNotBlank();
                assertThat(link.getStructParent()).isGreaterThanOrEqualTo(0);
                Object parent = document.getDocumentCatalog()
                        .getStructureTreeRoot()
                        .getParentTree()
                        .getValue(link.getStructParent());
                assertThat(parent).isNotNull();
            });
            assertThat(links)
                    .extracting(l -> ((PDActionURI) l.getAction()).getURI())
                    .contains(ENTRY_URL);
            PDStructureElement link = find(documentElement(document), "Link");
            assertThat(link.getKids()).anySatisfy(kid -> assertThat(kid).isInstanceOf(PDObjectReference.class));
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded())
                            .as("font %s embedded", font.getName())
                            .isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(((PDType0Font) font).getDescendantFont().isEmbedded())
                            .isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void charactersTheFontLacksAreApproximatedNotLost() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String all = String.join(" ", texts(document).values());
            assertThat(all).contains("weniger CO2").contains("Fahrrad ?");
        }
    }

    // --- reading the tree

    /** An element in depth-first order with the text of its own marked content. */
    private record Tagged(String type, String text) {}

    private static List<Tagged> walk(PDDocument document) throws IOException {
        Map<String, String> texts = texts(document);
        List<Tagged> out = new ArrayList<>();
        walk(document, documentElement(document), texts, out);
        return out;
    }

    private static void walk(
            PDDocument document, PDStructureElement element, Map<String, String> texts, List<Tagged> out) {
        out.add(new Tagged(element.getStructureType(), text(document, element, texts)));
        for (PDStructureElement kid : elements(element)) walk(document, kid, texts, out);
    }

    private static PDStructureElement documentElement(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        assertThat(root).as("structure tree root").isNotNull();
        List<Object> kids = root.getKids();
        assertThat(kids).hasSize(1);
        PDStructureElement element = (PDStructureElement) kids.getFirst();
        assertThat(element.getStructureType()).isEqualTo("Document");
        return element;
    }

    private static List<PDStructureElement> elements(PDStructureElement element) {
        return element.getKids().stream()
                .filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast)
                .toList();
    }

    private static PDStructureElement find(PDStructureElement element, String type) {
        if (element.getStructureType().equals(type)) return element;
        for (PDStructureElement kid : elements(element)) {
            try {
                return find(kid, type);
            } catch (AssertionError notThere) {
                // keep looking in the next branch
            }
        }
        throw new AssertionError("no " + type + " under " + element.getStructureType());
    }

    private static int indexOf(List<Tagged> tree, String type, String text) {
        return IntStream.range(0, tree.size())
                .filter(i ->
                        tree.get(i).type().equals(type) && tree.get(i).text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + text + "' in " + tree));
    }

    /** The element's own text: its marked content, in order, lines joined by spaces. */
    private static String text(PDDocument document, PDStructureElement element, Map<String, String> texts) {
        List<String> parts = new ArrayList<>();
        for (Object kid : element.getKids()) {
            String key = key(document, element, kid);
            if (key != null) parts.add(texts.getOrDefault(key, ""));
        }
        return String.join(" ", parts).strip();
    }

    /** "page:mcid" of a marked-content kid; null for other kids. */
    private static @Nullable String key(PDDocument document, PDStructureElement element, Object kid) {
        if (kid instanceof Integer mcid) return document.getPages().indexOf(element.getPage()) + ":" + mcid;
        if (kid instanceof PDMarkedContentReference reference) {
            return document.getPages().indexOf(reference.getPage()) + ":" + reference.getMCID();
        }
        return null;
    }

    /** Text per "page:mcid", lines of one marked-content sequence joined by spaces. */
    private static Map<String, String> texts(PDDocument document) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(p));
            for (PDMarkedContent marked : extractor.getMarkedContents()) {
                if (marked.getMCID() < 0) continue;
                StringBuilder text = new StringBuilder();
                float lastY = Float.NaN;
                for (Object content : marked.getContents()) {
                    if (content instanceof TextPosition position) {
                        if (!Float.isNaN(lastY) && position.getY() != lastY) text.append(' ');
                        lastY = position.getY();
                        text.append(position.getUnicode());
                    }
                }
                texts.put(p + ":" + marked.getMCID(), text.toString().strip());
            }
        }
        return texts;
    }

    private static void collectMarkedContent(
            PDDocument document, PDStructureElement element, Set<String> keys, List<String> order) {
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                collectMarkedContent(document, child, keys, order);
                continue;
            }
            String key = key(document, element, kid);
            if (key != null) {
                keys.add(key);
                order.add(key);
            }
        }
    }

    // --- reading the content streams

    private static List<PDStream> contentStreams(PDPage page) {
        List<PDStream> streams = new ArrayList<>();
        page.getContentStreams().forEachRemaining(streams::add);
        return streams;
    }

    /**
     * One token of a content stream: operands are collected until their operator; BDC/BMC open a
     * marked-content sequence, EMC closes it, and a text-showing operator must sit inside one that
     * is an artifact or has an MCID the structure tree refers to. Returns 1 for a text run in an
     * artifact.
     */
    private static int check(
            Object token,
            List<COSBase> pending,
            Deque<String> open,
            Set<String> referenced,
            int page,
            List<Integer> mcids) {
        if (!(token instanceof Operator operator)) {
            pending.add((COSBase) token);
            return 0;
        }
        List<COSBase> operands = List.copyOf(pending);
        pending.clear();
        switch (operator.getName()) {
            case "BMC" -> open.push(((COSName) operands.getFirst()).getName());
            case "BDC" -> {
                String tag = ((COSName) operands.getFirst()).getName();
                COSBase properties = operands.get(1);
                if (properties instanceof COSObject object) properties = object.getObject();
                if (!tag.equals("Artifact") && properties instanceof COSDictionary dictionary) {
                    int mcid = dictionary.getInt(COSName.MCID);
                    assertThat(referenced)
                            .as("MCID %d on page %d belongs to a structure element", mcid, page + 1)
                            .contains(page + ":" + mcid);
                    assertThat(open)
                            .as("no marked content nested in tagged content")
                            .isEmpty();
                    mcids.add(mcid);
                    open.push(tag + ":" + mcid);
                } else {
                    open.push(tag);
                }
            }
            case "EMC" -> {
                assertThat(open).as("EMC without BDC/BMC on page %d", page + 1).isNotEmpty();
                open.pop();
            }
            default -> {
                if (TEXT_OPERATORS.contains(operator.getName())) {
                    assertThat(open)
                            .as("text shown outside marked content on page %d", page + 1)
                            .isNotEmpty();
                    String innermost = open.peek();
                    if (open.contains("Artifact")) return 1;
                    assertThat(innermost).as("text run tagged with an MCID").contains(":");
                }
            }
        }
        return 0;
    }

    private static void checkParentTree(PDDocument document, PDPage page, int p) throws IOException {
        Object entry = document.getDocumentCatalog()
                .getStructureTreeRoot()
                .getParentTree()
                .getValue(page.getStructParents());
        assertThat(entry).as("parent tree entry of page %d", p + 1).isNotNull();
    }

    // --- the fixture, in the shape KitService assembles

    // Package-private: the veraPDF check renders the same kit.
    static Kit kielShorePower() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("label", "Adaptions-Kit");
        headings.put("facts", "Eckdaten");
        headings.put("summary", "Kurzbeschreibung");
        headings.put("approach", "Vorgehen");
        headings.put("steps", "Schritte (Checkliste)");
        headings.put("steps.none", "Keine Schritte beschrieben.");
        headings.put("prerequisites", "Voraussetzungen");
        headings.put("indicators", "Kennzahlen");
        headings.put("contacts", "Kontakt");
        headings.put("sources", "Quellen");
        headings.put("licence", "Lizenz");
        headings.put("lineage", "Herkunft");
        headings.put("generated", "Erstellt am");
        headings.put("entry", "Eintrag im smile exchange");
        List<Kit.Step> steps = new ArrayList<>();
        steps.add(new Kit.Step(
                "Liegeplätze erfassen",
                "Für jeden Liegeplatz Leistung, Anschlussart und Belegung über ein Jahr notieren."));
        steps.add(new Kit.Step("Netzbetreiber einbinden", "Die Netzanschlusskapazität früh anfragen."));
        for (int i = 3; i <= 30; i++) {
            steps.add(new Kit.Step(
                    "Schritt " + i + " der Erprobung",
                    "Messwerte dieses Abschnitts prüfen, im Team besprechen und das Ergebnis"
                            + " für den nächsten Schritt festhalten."));
        }
        return new Kit(
                "de",
                "kiel-landstrom-faehre",
                "Landstrom für Fähren am Ostseekai & Schwentine",
                "Projekt",
                "Landeshauptstadt Kiel",
                ENTRY_URL,
                LocalDate.of(2026, 11, 20),
                headings,
                List.of(
                        new Kit.Fact("Organisation", "Landeshauptstadt Kiel"),
                        new Kit.Fact("Bundesland", "Schleswig-Holstein"),
                        new Kit.Fact("Phase", "Im Betrieb"),
                        new Kit.Fact(
                                "Technologien",
                                "Landstromanlage, Frequenzumrichter, Kabelmanagementsystem, Lastmanagement")),
                "Die Stadtwerke versorgen anlegende Fähren mit Strom aus dem Netz, damit die Dieselgeneratoren"
                        + " im Hafen schweigen.",
                "Zuerst wurde der Bedarf je Liegeplatz gemessen.\n\nDann folgte die Ausschreibung, mit"
                        + " weniger CO₂ als Ziel und einem Fahrrad 🚲 für den Hafenmeister.",
                steps,
                "Ein Netzanschluss mit ausreichender Leistung am Kai.",
                List.of("Vermiedene Emissionen: Ausgangswert 0 t, Ziel 1.200 t"),
                List.of("Hafenbetrieb, Kiel"),
                List.of(
                        new Kit.Source("Abschlussbericht", "https://landstrom.example/bericht.pdf"),
                        new Kit.Source("Pressemitteilung der Stadt", null)),
                "CC BY 4.0",
                List.of("Noch von keiner Kommune übernommen."));
    }
}
