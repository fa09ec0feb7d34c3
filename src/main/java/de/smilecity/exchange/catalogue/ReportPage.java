package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One page of a {@link Report}: what a passage search finds and cites by its number. */
@Entity
@Table(name = "report_page")
public class ReportPage {

    /**
     * A page's text is cut there when read (a dense page holds a few thousand characters). At most
     * three bytes a character in UTF-8 (a pair of UTF-16 characters makes four), 16 000 fit
     * MariaDB's TEXT column of 65 535 bytes whatever the characters, as the entries' long texts do.
     */
    public static final int TEXT_MAX_LENGTH = 16_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    /** 1 for the first page, as the PDF's viewers count and {@code #page=N} links address them. */
    @Column(name = "page_number", nullable = false)
    private int number;

    @Lob
    @Column(name = "page_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text = "";

    protected ReportPage() {}

    ReportPage(Report report, int number, String text) {
        this.report = report;
        this.number = number;
        this.text = text;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }
}
