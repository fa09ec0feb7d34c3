package de.smilecity.exchange.shared;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one place that decides which HTML may be stored or shown: an allow-list, never a block-list.
 * No scripts, no event handlers, no style attributes, and links only to http, https and mailto.
 */
public final class HtmlSanitizer {

    private static final Safelist RICH_TEXT = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addTags("mark")
            .addAttributes(":all", "lang");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    /**
     * How often {@link #plainText} decodes and strips: each pass undoes one level of escaping, and a
     * partner's text escaped more often than this is markup on purpose, so its angle brackets go too.
     */
    private static final int MAX_UNESCAPE_PASSES = 4;

    // What would still act as markup once the text lands in an attribute, a link or a template that
    // forgot to escape: an event handler with its value, and a script URL scheme.
    private static final Pattern EVENT_HANDLER =
            Pattern.compile("(?i)\\bon[a-z]+\\s*=\\s*(?:\"[^\"]*\"?|'[^']*'?|[^\\s>]*)");
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)\\b(?:java|vb)script\\s*:");
    private static final Pattern ANGLE_BRACKETS = Pattern.compile("[<>]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    // The bidi overrides make a text read differently than it is stored; the soft hyphen and the
    // zero-width space split words for search without being seen.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b\\u202a-\\u202e\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HtmlSanitizer() {}

    /** Cleans HTML for display or storage; whatever is not on the allow-list is dropped, its text kept. */
    public static String clean(String html) {
        return Jsoup.clean(html, "", RICH_TEXT, COMPACT);
    }

    /**
     * A text from elsewhere (a partner page, its JSON-LD or meta tags) as plain text that nothing
     * downstream can take for markup. Entities are decoded and whatever then looks like a tag is
     * removed with its script or style content, again until nothing changes, so
     * {@code &lt;img src=x onerror=alert(1)&gt;} disappears instead of surviving as text; event
     * handlers and script URL schemes left in the text go too. Whitespace is collapsed.
     *
     * @return the cleaned text, empty when nothing but markup came
     */
    public static String plainText(String text) {
        String current = text;
        for (int pass = 0; pass < MAX_UNESCAPE_PASSES; pass++) {
            String next = plainTextPass(current);
            if (next.equals(current)) return current;
            current = next;
        }
        String next = plainTextPass(current);
        if (next.equals(current)) return current;
        String bracketsGone = ANGLE_BRACKETS.matcher(plainTextPass(next)).replaceAll(" ");
        return SPACES.matcher(bracketsGone).replaceAll(" ").strip();
    }

    private static String plainTextPass(String text) {
        String visible =
                INVISIBLE.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll("");
        String plain = toPlainText(visible);
        plain = EVENT_HANDLER.matcher(plain).replaceAll(" ");
        plain = SCRIPT_SCHEME.matcher(plain).replaceAll(" ");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    /** The visible text of an HTML fragment, with every tag removed and whitespace collapsed. */
    public static String toPlainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
