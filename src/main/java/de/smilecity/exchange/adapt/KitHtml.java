package de.smilecity.exchange.adapt;

import de.smilecity.exchange.shared.Markdown;
import org.jsoup.nodes.Entities;

/**
 * The kit as a standalone, printable HTML page: the Markdown kit rendered (and sanitised like
 * every other rendered text), with a print style sheet inline so that it needs nothing else.
 */
public final class KitHtml {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
            h1{font-size:1.9rem;line-height:1.2}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
            li{margin:.3rem 0}a{color:#0b57a4}main{overflow-wrap:anywhere}
            @media screen and (max-width:40rem){table{display:block;overflow-x:auto}}
            @media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h2{break-after:avoid}li,tr{break-inside:avoid}}
            """;

    private KitHtml() {}

    public static String render(Kit kit) {
        // The Markdown task list items ("- [ ]") come out as text; as real (disabled) checkboxes
        // they print as boxes and a screen reader announces them as unchecked.
        String box = "<input type=\"checkbox\" disabled> ";
        // Each box is labelled by its step's text (wrapped in <label>), so that it is announced with it.
        String body = Markdown.toHtml(KitMarkdown.render(kit))
                .replaceAll("(?s)<li><p>\\[ \\] (.*?)</p>", "<li><p><label>" + box + "$1</label></p>")
                .replaceAll("(?s)<li>\\[ \\] ((?:(?!</?li|<ul|<ol).)*?)</li>", "<li><label>" + box + "$1</label></li>");
        return "<!DOCTYPE html>\n<html lang=\"" + Entities.escape(kit.language())
                + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Entities.escape(kit.title()) + " – " + Entities.escape(kit.heading("label"))
                + "</title>\n"
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }
}
