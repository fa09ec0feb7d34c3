package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.ReportPage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a partner's report, a PDF, page by page: its title and each page's text as PDFBox finds it in
 * the text layer. A pure function from bytes to text: no network, no database, no OCR — a scanned
 * report without a text layer comes back with its (nearly empty) pages and {@code textLayer} false,
 * so that the crawler can say why it will not be found by its words.
 */
public final class ReportExtractor {

    /**
     * Letters and digits a page needs to count as a page with text. A scanned page has none; a page
     * number, a running header or a scanner's stamp a few dozen at most.
     */
    static final int MIN_PAGE_CHARACTERS = 40;

    /** Pages a report may have; beyond, it is refused (a real report has a few hundred at most). */
    public static final int MAX_PAGES = 2_000;

    /** Characters of one page's text kept (a dense page holds 3 000 to 6 000): what a page stores. */
    public static final int MAX_PAGE_CHARACTERS = ReportPage.TEXT_MAX_LENGTH;

    /** Longest first line of the first page that still counts as its heading. */
    static final int MAX_HEADING_LENGTH = 150;

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The PDF header may follow some junk bytes; readers look for it within the first kilobyte. */
    private static final int MAGIC_WINDOW = 1024;

    private ReportExtractor() {}

    /**
     * @param pdf the whole file
     * @param url where it came from; its file name is the title of last resort
     * @throws UnreadableReport naming why: no PDF, encrypted with a password, broken, too many pages
     */
    public static ExtractedReport extract(byte[] pdf, URI url) throws UnreadableReport {
        if (!startsLikePdf(pdf)) {
            throw new UnreadableReport("not a PDF: the file does not start with '%PDF-' (" + pdf.length + " bytes)");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableReport("encrypted: the PDF's permissions forbid extracting its text;"
                        + " ask the partner for a version without restrictions");
            }
            int count = doc.getNumberOfPages();
            if (count > MAX_PAGES) {
                throw new UnreadableReport(
                        "too long: " + count + " pages, more than the " + MAX_PAGES + " a report is read up to");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>(count);
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(clean(stripper.getText(doc)));
            }
            long withText = pages.stream().filter(ReportExtractor::hasText).count();
            // Most pages without text: a scan, maybe with a typed cover page. Searching its few
            // words would promise more than the report can keep.
            boolean textLayer = count > 0 && withText * 2 > count;
            return new ExtractedReport(title(doc, pages, url), List.copyOf(pages), textLayer);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReport(
                    "encrypted: the PDF needs a password to be opened;" + " ask the partner for a version without one");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken structure as either kind; the message names what it stumbled on.
            throw new UnreadableReport(
                    "broken PDF: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** SHA-256 of the file, hex: a report whose bytes did not change is not read again. */
    public static String hash(byte[] pdf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether the bytes open like a PDF: the header {@code %PDF-} near the start. */
    public static boolean startsLikePdf(byte[] bytes) {
        int last = Math.min(bytes.length, MAGIC_WINDOW) - MAGIC.length;
        for (int at = 0; at <= last; at++) {
            boolean match = true;
            for (int i = 0; i < MAGIC.length && match; i++) match = bytes[at + i] == MAGIC[i];
            if (match) return true;
        }
        return false;
    }

    static boolean hasText(String page) {
        int letters = 0;
        for (int i = 0; i < page.length() && letters < MIN_PAGE_CHARACTERS; i++) {
            if (Character.isLetterOrDigit(page.charAt(i))) letters++;
        }
        return letters >= MIN_PAGE_CHARACTERS;
    }

    /** Line ends unified, NUL characters (which some databases refuse) and trailing space gone. */
    private static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
        String stripped = unified.strip().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        if (stripped.length() <= MAX_PAGE_CHARACTERS) return stripped;
        // Never half of a pair of UTF-16 characters (an emoji, say).
        int end = Character.isHighSurrogate(stripped.charAt(MAX_PAGE_CHARACTERS - 1))
                ? MAX_PAGE_CHARACTERS - 1
                : MAX_PAGE_CHARACTERS;
        return stripped.substring(0, end);
    }

    /** The document's own title, else the first heading-like line of its first pages, else the file name. */
    static String title(PDDocument doc, List<String> pages, URI url) {
        String info = doc.getDocumentInformation().getTitle();
        if (info != null && !info.isBlank() && !looksLikeFileName(info)) return info.strip();
        for (String page : pages.subList(0, Math.min(3, pages.size()))) {
            for (String line : page.split("\n")) {
                String candidate = line.strip();
                if (isHeadingLike(candidate)) return candidate;
            }
        }
        return fileName(url);
    }

    /** A line of some words: not a page number, date or code, not a whole paragraph. */
    static boolean isHeadingLike(String line) {
        if (line.length() < 3 || line.length() > MAX_HEADING_LENGTH) return false;
        long letters = line.chars().filter(Character::isLetter).count();
        return letters >= 3 && letters * 2 >= line.length();
    }

    /** Office programs write "Microsoft Word - bericht_final.docx" as the title; that names nothing. */
    private static boolean looksLikeFileName(String title) {
        String lower = title.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("microsoft word - ")
                || lower.matches(".*\\.(docx?|odt|pdf|indd|pptx?|xlsx?)$")
                || lower.equals("untitled");
    }

    /** The last segment of the URL's path, decoded, without ".pdf"; "report" when there is none. */
    static String fileName(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String decoded = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        String name = decoded.replaceFirst("(?i)\\.pdf$", "").strip();
        return name.isEmpty() ? "report" : name;
    }
}
