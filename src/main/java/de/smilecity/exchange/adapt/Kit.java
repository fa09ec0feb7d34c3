package de.smilecity.exchange.adapt;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An adaptation kit: what a project team needs to carry an entry over to their own city, in the
 * entry's own language and ready to render as Markdown, PDF or printable HTML. Texts in Markdown
 * stay Markdown; each renderer decides how to show them.
 *
 * @param headings section titles and labels by key ({@code facts}, {@code summary}, …), translated
 * @param steps the process steps, to be ticked off
 * @param contacts only the contacts the owner made public
 * @param lineage sentences on where the entry came from and who adapted it
 */
public record Kit(
        String language,
        String slug,
        String title,
        String kind,
        String organisation,
        String entryUrl,
        LocalDate generatedOn,
        java.util.Map<String, String> headings,
        List<Fact> facts,
        String summary,
        String approach,
        List<Step> steps,
        String prerequisites,
        List<String> indicators,
        List<String> contacts,
        List<Source> sources,
        String licence,
        List<String> lineage) {

    public record Fact(String label, String value) {}

    public record Step(String title, String description) {}

    public record Source(String title, @Nullable String url) {}

    public String heading(String key) {
        return headings.getOrDefault(key, key);
    }

    /** A file name for downloads: the entry's slug (lower-case ASCII and hyphens already). */
    public String fileName(String extension) {
        return slug + "-kit." + extension;
    }
}
