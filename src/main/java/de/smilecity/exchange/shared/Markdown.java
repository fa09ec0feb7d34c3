package de.smilecity.exchange.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders the Markdown that people write into entries. Raw HTML inside the Markdown is escaped, and
 * the result still passes {@link HtmlSanitizer}, so a description can never carry a script.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {}

    /** Safe HTML for the given Markdown; an empty string for blank input. */
    public static String toHtml(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        return HtmlSanitizer.clean(HTML.render(PARSER.parse(markdown)));
    }

    /** The text of the Markdown without any markup, for snippets and search. */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }
}
