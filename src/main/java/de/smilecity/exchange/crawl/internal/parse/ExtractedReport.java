package de.smilecity.exchange.crawl.internal.parse;

import java.util.List;

/**
 * What {@link ReportExtractor} read from a PDF.
 *
 * @param title the document's title, its first heading-like line, or its file name
 * @param pages each page's text, first page first; a page without a text layer is (nearly) empty
 * @param textLayer whether most pages carry text; without, the report is not searchable (no OCR)
 */
public record ExtractedReport(String title, List<String> pages, boolean textLayer) {

    public int pageCount() {
        return pages.size();
    }
}
