package de.smilecity.exchange.crawl.internal.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns sanitised HTML into the Markdown that entries are written in: paragraphs, headings, lists,
 * emphasis and links survive; anything else becomes its text. Text is escaped, so a page's "*" or
 * "[" never turns into markup.
 */
final class HtmlToMarkdown {

    // Only what would turn into markup: the renderer escapes HTML itself, so "<" and ">" stay as they are.
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]])");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");

    private HtmlToMarkdown() {}

    static String convert(Element root) {
        StringBuilder out = new StringBuilder();
        children(root, out, 0);
        String text = SPACES.matcher(out.toString()).replaceAll(" ");
        text = SPACE_AROUND_NEWLINE.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** Escapes a plain text so that Markdown shows it as written. */
    static String escape(String text) {
        return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    private static void children(Element e, StringBuilder out, int listDepth) {
        for (Node child : e.childNodes()) {
            node(child, out, listDepth);
        }
    }

    private static void node(Node node, StringBuilder out, int listDepth) {
        if (node instanceof TextNode text) {
            out.append(escape(text.text()));
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName().toLowerCase(Locale.ROOT);
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                int level = Math.max(2, tag.charAt(1) - '0');
                out.append("\n\n").append("#".repeat(level)).append(' ');
                children(e, out, listDepth);
                out.append("\n\n");
            }
            case "p", "div", "section", "article", "blockquote", "pre", "table", "dl", "figure" -> {
                out.append("\n\n");
                children(e, out, listDepth);
                out.append("\n\n");
            }
            case "tr", "dt", "dd" -> {
                out.append('\n');
                children(e, out, listDepth);
                out.append('\n');
            }
            case "td", "th" -> {
                children(e, out, listDepth);
                out.append(' ');
            }
            case "ul", "ol" -> {
                out.append("\n\n");
                int number = 1;
                for (Element item : e.children()) {
                    out.append("  ".repeat(listDepth)).append(tag.equals("ol") ? number++ + ". " : "- ");
                    children(item, out, listDepth + 1);
                    out.append('\n');
                }
                out.append('\n');
            }
            case "br" -> out.append('\n');
            case "strong", "b" -> wrap(e, out, "**", listDepth);
            case "em", "i" -> wrap(e, out, "*", listDepth);
            case "code" -> out.append('`').append(e.text().replace("`", "'")).append('`');
            case "a" -> link(e, out, listDepth);
            default -> children(e, out, listDepth);
        }
    }

    private static void wrap(Element e, StringBuilder out, String marker, int listDepth) {
        StringBuilder inner = new StringBuilder();
        children(e, inner, listDepth);
        String text = inner.toString().strip();
        if (!text.isEmpty()) out.append(marker).append(text).append(marker).append(' ');
    }

    private static void link(Element e, StringBuilder out, int listDepth) {
        String href = e.attr("abs:href").isEmpty() ? e.attr("href") : e.attr("abs:href");
        StringBuilder inner = new StringBuilder();
        children(e, inner, listDepth);
        String label = inner.toString().strip();
        String scheme =
                href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (label.isEmpty()) return;
        if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
            out.append('[')
                    .append(label)
                    .append("](")
                    .append(href.replace(" ", "%20").replace(")", "%29"))
                    .append(')');
        } else {
            out.append(label);
        }
    }
}
