package de.smilecity.exchange.crawl.internal.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * What a page shows about its own kind, measured once: the names it gives itself, its structured
 * data, how much of its text is its own and how much sits in links and teasers, pagination and a
 * search form. {@link PageKind} decides from these; every figure here can be named in its reason.
 *
 * @param address the path (and query) of the page, as its reasons quote it
 * @param home whether the address is the site's root or a language root such as /de/, without a query
 * @param names the page's heading, title, last path segment and the folders above it, where one of them may
 *     name its kind
 * @param structuredTypes the {@code @type}s of each JSON-LD node, in page order
 * @param textLength characters of text in the content region (the page without its navigation,
 *     page header and footer, sidebars and banners)
 * @param linkTextLength characters of that text inside links to other pages
 * @param ownTextLength characters of text that is neither in links, nor in teasers, nor the main heading
 * @param teasers repeated teaser blocks in the content region
 * @param pagination what shows the page is one page of a list, or null
 * @param searchForm whether a search form sits in the page's content, outside header, navigation and footer
 * @param searchTerms the terms the page's address searches for, or null
 * @param statedFacts how many of the catalogue's facts the page states under a label ({@link LabelledFacts})
 * @param facts which of them, so that the facts of a place can be told from those of a project
 * @param sections the sections under same-level headings in the content region, or none
 * @param callToAction whether the content region asks the reader to act: a form other than a search, a
 *     button that submits a form, or a link drawn as one
 * @param definitions the terms of definition lists in the content region that are explained in a
 *     sentence rather than given a value, and the share of the text they hold
 * @param deadline whether the page states a deadline under a label ({@link LabelledFacts#statesADeadline})
 * @param listedRows the most rows a table of the page has under a heading row that names facts
 *     ({@link LabelledFacts#listedRows})
 * @param proseLinks how many other pages of the same site the region's paragraphs link to, files
 *     such as reports not counted
 * @param opensWithLink whether the region's first paragraph links to another page of the same site
 * @param unknownFacts facts whose label the page shows with no value yet ("Budget: tbc", "Kosten: k. A.")
 * @param purpose what the page's parts say it serves other than a project's report, or null
 */
record PageSignals(
        String address,
        boolean home,
        List<Name> names,
        List<List<String>> structuredTypes,
        int textLength,
        int linkTextLength,
        int ownTextLength,
        Teasers.Found teasers,
        @Nullable String pagination,
        boolean searchForm,
        @Nullable String searchTerms,
        int statedFacts,
        Set<Fact> facts,
        Sections sections,
        boolean callToAction,
        Definitions definitions,
        boolean deadline,
        int listedRows,
        int proseLinks,
        boolean opensWithLink,
        Set<Fact> unknownFacts,
        @Nullable PagePurpose purpose) {

    /**
     * Terms explained in sentences, as a glossary has them ("Digital twin — a virtual model of …"),
     * unlike the short values of a fact sheet ("Einwohner — 152.531").
     *
     * @param terms definition list terms whose explanation is at least {@value #MIN_EXPLANATION} characters
     * @param share the share of the content region's text in those terms and explanations
     */
    record Definitions(int terms, double share) {

        /** Shortest explanation that is a sentence rather than a value. */
        static final int MIN_EXPLANATION = 40;

        static final Definitions NONE = new Definitions(0, 0);
    }

    /**
     * The content region's sections under its most frequent heading level (h2 to h4).
     *
     * @param mainHeading whether the region has an h1 of its own
     * @param count sections at that level
     * @param longest characters of text in the longest of them
     * @param notes paragraphs that open with a short bold lead-in ("<b>Termin:</b> …"), the sections of
     *     a newsletter written without headings
     * @param longestNote characters of text in the longest of those paragraphs
     * @param items items of the region's lists, not counting those of a list inside an item
     * @param longestItem characters of text in the longest of them
     * @param itemShare the share of the region's text in them
     */
    record Sections(
            boolean mainHeading,
            int count,
            int longest,
            int notes,
            int longestNote,
            int items,
            int longestItem,
            double itemShare) {

        static final Sections NONE = new Sections(false, 0, 0, 0, 0, 0, 0, 0);

        /** Longest bold lead-in that opens a note rather than a sentence in bold. */
        static final int MAX_LEAD_IN = 40;
    }

    /**
     * A name the page gives itself.
     *
     * @param where "heading", "title", "address" or "folder"
     * @param shown the text as the page has it, for the reason
     * @param name the part that may be a page name (a title is split at its separators)
     */
    record Name(String where, String shown, String name) {}

    /**
     * What is left out before measuring: navigation, sidebars and dialogs everywhere, and headers and
     * footers of the page (those of an article or of the main content stay). Unlike {@link MainText},
     * forms and the headers of teasers stay: they are what a list or search page is made of.
     */
    private static final String NOISE = "script, style, noscript, template, svg, iframe, object, embed, nav, aside,"
            + " dialog, [role=navigation], [role=complementary], [role=dialog], [hidden], [aria-hidden=true]";

    private static final String FRAME = "header, footer, [role=banner], [role=contentinfo]";
    private static final String CONTENT = "main, [role=main], article";
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·»:/-]\\s+|\\s*::\\s*");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?:html?|shtml|php|aspx?|jsp)$");
    /** Class names by which themes draw a link as a button: "button", "btn btn-primary", "wp-block-button__link", "cta". */
    private static final Pattern BUTTON_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:button|btn|cta)(?:$|[\\s_-])");

    /** Documents a page links to, which are attachments rather than pages of the site. */
    private static final Pattern FILE =
            Pattern.compile("\\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|zip|csv|txt|jpe?g|png|gif)$");

    private static final Pattern LANGUAGE_ROOT = Pattern.compile("^/[a-z]{2}(?:[-_][a-zA-Z]{2})?$");

    /** Names of search fields (the last [part] of a bracketed name): q, s, TYPO3's sword, Drupal's keys, … */
    private static final Set<String> SEARCH_FIELDS = Set.of(
            "q",
            "s",
            "query",
            "search",
            "suche",
            "suchbegriff",
            "searchterm",
            "searchtext",
            "search_api_fulltext",
            "keys",
            "keyword",
            "keywords",
            "term",
            "sword");

    static PageSignals read(Document doc) {
        Optional<URI> self = Urls.parseHttp(doc.location()).map(Urls::normalise);
        String address = self.map(Urls::pathAndQuery).orElse("");
        boolean home = self.map(PageSignals::isHome).orElse(false);
        PageLinks links = new PageLinks(doc);
        Element region = region(doc);

        int text = region.text().length();
        int linkText = links.linkTextLength(region);
        Teasers.Found teasers = Teasers.in(region, links);
        Element ownHeading = MainHeading.of(region);
        Element heading = ownHeading != null ? ownHeading : MainHeading.of(doc);
        int headingText = ownHeading != null && ownHeading.closest("a") == null
                ? ownHeading.text().length()
                : 0;

        Set<Fact> facts = LabelledFacts.of(doc).stated();
        return new PageSignals(
                address,
                home,
                names(doc, heading, self.orElse(null)),
                JsonLd.nodeTypes(doc),
                text,
                linkText,
                Math.max(0, text - headingText - linkText - (teasers.textLength() - teasers.linkTextLength())),
                teasers,
                Pagination.of(doc).orElse(null),
                searchForm(doc),
                self.flatMap(PageSignals::searchTerms).orElse(null),
                facts.size(),
                facts,
                sections(region),
                callToAction(region),
                definitions(region),
                LabelledFacts.statesADeadline(doc),
                LabelledFacts.listedRows(doc),
                proseLinks(region, links, self.orElse(null)).size(),
                opensWithLink(region, links, self.orElse(null)),
                LabelledFacts.unknown(doc),
                PagePurpose.of(doc, region, links, self.orElse(null)).orElse(null));
    }

    /** The other pages of the page's own site that the region's paragraphs link to, files left out. */
    private static Set<String> proseLinks(Element region, PageLinks links, @Nullable URI self) {
        Set<String> pages = new java.util.HashSet<>();
        for (Element a : region.select("p a[href]")) {
            sitePage(a, links, self).ifPresent(pages::add);
        }
        return pages;
    }

    /**
     * Whether the first paragraph of running text points, inside a sentence, to another page of the
     * same site that is not above the page. A paragraph that is nothing but links ("← All projects",
     * "Back to the overview") is navigation, not the page's opening; and a link up the page's own path
     * or to the home leads back to where the page hangs, not to the subject it is a teaser of.
     */
    private static boolean opensWithLink(Element region, PageLinks links, @Nullable URI self) {
        for (Element p : region.select("p")) {
            if (p.text().isBlank()) continue;
            if (onlyLinks(p)) continue;
            for (Element a : p.select("a[href]")) {
                if (sitePage(a, links, self)
                        .filter(target -> !above(target, self))
                        .isPresent()) return true;
            }
            return false;
        }
        return false;
    }

    /** Whether all the letters of a paragraph sit in its links. */
    private static boolean onlyLinks(Element p) {
        String outside = p.text();
        for (Element a : p.select("a[href]")) outside = outside.replace(a.text(), "");
        return p.selectFirst("a[href]") != null && outside.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether a page of the site is the home or a folder the page itself lies in. */
    private static boolean above(String target, @Nullable URI self) {
        if (self == null) return false;
        String path = Urls.parseHttp(target).map(URI::getPath).orElse(null);
        if (path == null || path.isEmpty() || path.equals("/")) return true;
        String own = self.getPath() == null ? "" : self.getPath();
        String folder = path.endsWith("/") ? path : path + "/";
        return own.startsWith(folder) && !own.equals(path);
    }

    /** The page of the same host the link leads to, unless it is a file or leads nowhere else. */
    private static Optional<String> sitePage(Element a, PageLinks links, @Nullable URI self) {
        if (self == null) return Optional.empty();
        return links.target(a)
                .flatMap(Urls::parseHttp)
                .filter(u -> self.getHost() != null && self.getHost().equalsIgnoreCase(u.getHost()))
                .filter(u -> u.getPath() == null
                        || !FILE.matcher(u.getPath().toLowerCase(Locale.ROOT)).find())
                .map(URI::toString);
    }

    /**
     * A form that is no search, a button that submits one kept elsewhere, or a link the site draws as a
     * button. A button outside any form submits nothing: it works a script's control — an accordion or
     * a tab that opens a panel, a menu, a slider — and asks the reader for nothing.
     */
    private static boolean callToAction(Element region) {
        for (Element form : region.select("form")) {
            if (!isSearchForm(form)) return true;
        }
        if (region.selectFirst("button[form], input[type=submit][form]") != null) return true;
        for (Element link : region.select("a[class]")) {
            if (BUTTON_CLASS.matcher(link.className()).find()) return true;
        }
        return false;
    }

    private static Definitions definitions(Element region) {
        int terms = 0;
        int length = 0;
        for (Element term : region.select("dl > dt, dl > div > dt")) {
            Element explanation = term.nextElementSibling();
            if (explanation == null || !explanation.is("dd")) continue;
            if (explanation.text().length() < Definitions.MIN_EXPLANATION) continue;
            terms++;
            length += term.text().length() + explanation.text().length();
        }
        int text = region.text().length();
        return terms == 0 || text == 0 ? Definitions.NONE : new Definitions(terms, Math.min(1, (double) length / text));
    }

    private static Sections sections(Element region) {
        boolean mainHeading = region.selectFirst("h1") != null;
        Elements best = new Elements();
        for (String level : List.of("h2", "h3", "h4")) {
            Elements headings = region.select(level);
            if (headings.size() > best.size()) best = headings;
        }
        int longest = 0;
        for (Element heading : best) {
            int length = 0;
            for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (next.is("h1, h2, h3, h4") || next.selectFirst("h1, h2, h3, h4") != null) break;
                length += next.text().length();
            }
            longest = Math.max(longest, length);
        }
        int notes = 0;
        int longestNote = 0;
        for (Element paragraph : region.select("p, li")) {
            Element first = paragraph.firstElementChild();
            if (first == null || !first.is("b, strong")) continue;
            // The lead-in opens the paragraph: no text before it.
            if (!paragraph.textNodes().isEmpty()
                    && paragraph.childNode(0) instanceof org.jsoup.nodes.TextNode lead
                    && !lead.isBlank()) continue;
            String leadIn = first.text().strip();
            if (leadIn.isEmpty() || leadIn.length() > Sections.MAX_LEAD_IN || !leadIn.endsWith(":")) continue;
            // A fact sheet's lines break within one paragraph; a note is a paragraph of its own.
            if (paragraph.selectFirst("br") != null) continue;
            notes++;
            longestNote = Math.max(longestNote, paragraph.text().length());
        }
        int items = 0;
        int longestItem = 0;
        int itemLength = 0;
        for (Element item : region.select("ul > li, ol > li")) {
            if (item.parent() != null && item.parent().closest("li") != null) continue;
            int length = item.text().length();
            items++;
            longestItem = Math.max(longestItem, length);
            itemLength += length;
        }
        int text = region.text().length();
        double itemShare = text == 0 ? 0 : Math.min(1, (double) itemLength / text);
        return new Sections(mainHeading, best.size(), longest, notes, longestNote, items, longestItem, itemShare);
    }

    /** Share of the content region's text inside links to other pages, 0 for a page without text. */
    double linkShare() {
        return textLength == 0 ? 0 : (double) linkTextLength / textLength;
    }

    /** Share of the content region's text inside teaser blocks. */
    double teaserShare() {
        return textLength == 0 ? 0 : Math.min(1, (double) teasers.textLength() / textLength);
    }

    /** The page without what surrounds every page of a site; a cleaned copy, the page stays untouched. */
    static Element region(Document doc) {
        Document copy = doc.clone();
        CollapsedPanels.open(copy);
        copy.select(NOISE).remove();
        for (Element e : copy.select(FRAME)) {
            if (e.parent() != null && e.closest(CONTENT) == null) e.remove();
        }
        Element body = copy.body();
        for (Element e : body.select("[id], [class]")) {
            // The body itself stays: plugins mark it with classes such as "cookies-not-set".
            if (e != body
                    && e.parent() != null
                    && (MainText.BANNER.matcher(e.id()).find()
                            || MainText.BANNER.matcher(e.className()).find())) {
                e.remove();
            }
        }
        Element main = copy.selectFirst("main, [role=main]");
        return main == null ? body : main;
    }

    private static List<Name> names(Document doc, @Nullable Element heading, @Nullable URI self) {
        List<Name> names = new ArrayList<>();
        if (heading != null && !heading.text().isBlank()) {
            names.add(new Name("heading", heading.text().strip(), heading.text()));
        }
        String title = doc.title().strip();
        if (!title.isEmpty()) {
            String[] parts = TITLE_SEPARATOR.split(title);
            names.add(new Name("title", title, parts[0]));
            if (parts.length > 1) names.add(new Name("title", title, parts[parts.length - 1]));
        }
        if (self != null && self.getRawQuery() == null) {
            String path = Urls.path(Urls.pageKey(self));
            String segment = path.substring(path.lastIndexOf('/') + 1);
            segment = FILE_EXTENSION.matcher(segment.toLowerCase(Locale.ROOT)).replaceFirst("");
            if (!segment.isEmpty()) names.add(new Name("address", Urls.path(self), segment));
            // The folders above it name the section of the site: /presse/…, /events/…, /members/…
            String[] folders =
                    path.substring(0, Math.max(0, path.lastIndexOf('/'))).split("/");
            for (String folder : folders) {
                if (!folder.isEmpty()) names.add(new Name("folder", Urls.path(self), folder.toLowerCase(Locale.ROOT)));
            }
        }
        return names;
    }

    private static boolean isHome(URI self) {
        if (self.getRawQuery() != null) return false;
        String path = Urls.path(Urls.pageKey(self));
        return path.equals("/") || LANGUAGE_ROOT.matcher(path).matches();
    }

    private static boolean searchForm(Document doc) {
        for (Element form : doc.select("form, [role=search]")) {
            if (!inFrame(form) && isSearchForm(form)) return true;
        }
        return false;
    }

    private static boolean isSearchForm(Element form) {
        if (form.is("[role=search]") || form.selectFirst("input[type=search]") != null) return true;
        for (Element input : form.select("input[name]")) {
            if (SEARCH_FIELDS.contains(fieldName(input.attr("name")))) return true;
        }
        return form.closest("[role=search]") != null;
    }

    /** Whether the element sits in the page's navigation, sidebar, header or footer. */
    private static boolean inFrame(Element e) {
        if (e.closest("nav, aside, [role=navigation], [role=complementary]") != null) return true;
        Element frame = e.closest(FRAME);
        return frame != null && frame.closest(CONTENT) == null;
    }

    private static Optional<String> searchTerms(URI self) {
        for (Map.Entry<String, String> parameter : Urls.parameters(self)) {
            String value = parameter.getValue().strip();
            if (SEARCH_FIELDS.contains(fieldName(parameter.getKey())) && !value.isEmpty()) return Optional.of(value);
        }
        return Optional.empty();
    }

    /** The field's own name: {@code tx_solr[q]} is "q". */
    private static String fieldName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith("]")) {
            int open = n.lastIndexOf('[');
            if (open >= 0) n = n.substring(open + 1, n.length() - 1);
        }
        return n;
    }
}
