package de.smilecity.exchange.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A partner's report, a PDF, as the crawler read it: the text of each page, and whether it had a
 * text layer at all. Its identity is its URL; a changed file replaces the pages in place. It belongs
 * to an entry (by id, so that the entry's history and the index document of a page stay apart) once
 * an import that links it is accepted; only reports of published entries are found by the search.
 */
@Entity
@Table(name = "report")
public class Report {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int URL_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "source_url", nullable = false, length = URL_MAX_LENGTH)
    private String sourceUrl = "";

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    /** The language of the page that linked it: the analysis its pages are indexed with. */
    @Column(nullable = false, length = 2)
    private String language = "de";

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    /** False for a scan: its pages have (almost) no text, and it is not searchable (no OCR). */
    @Column(name = "text_layer", nullable = false)
    private boolean textLayer;

    /** SHA-256 of the file as fetched: the same bytes are not read again. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash = "";

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt = Instant.EPOCH;

    /** The entry it belongs to, once an import that links it was accepted. */
    @Column(name = "practice_id")
    private @Nullable Long practiceId;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ReportPage> pages = new ArrayList<>();

    @Version
    private long version;

    protected Report() {}

    Report(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    /**
     * Takes the new state of the file. Pages keep their rows by number (text replaced, extra pages
     * removed, new ones added), so that a changed report never holds two rows of one page number.
     */
    void replaceWith(ReportContent content) {
        this.title = cut(content.title(), TITLE_MAX_LENGTH);
        this.language = content.language();
        this.pageCount = content.pages().size();
        this.textLayer = content.textLayer();
        this.contentHash = content.contentHash();
        this.fetchedAt = content.fetchedAt();
        List<String> texts = content.pages();
        while (pages.size() > texts.size()) pages.removeLast();
        for (int i = 0; i < texts.size(); i++) {
            if (i < pages.size()) {
                pages.get(i).setText(texts.get(i));
            } else {
                pages.add(new ReportPage(this, i + 1, texts.get(i)));
            }
        }
    }

    private static String cut(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public int getPageCount() {
        return pageCount;
    }

    public boolean hasTextLayer() {
        return textLayer;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public @Nullable Long getPracticeId() {
        return practiceId;
    }

    void setPracticeId(@Nullable Long practiceId) {
        this.practiceId = practiceId;
    }

    public List<ReportPage> getPages() {
        return pages;
    }

    @Override
    public String toString() {
        return "Report " + id + " (" + sourceUrl + ")";
    }
}
