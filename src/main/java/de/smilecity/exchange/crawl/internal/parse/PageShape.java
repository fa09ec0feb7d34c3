package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How a page is built, as far as it tells one of a site's templates from another: where its main
 * block sits in the page, whether it states facts under labels, and whether it asks search engines to
 * leave it out. A site renders its project pages with one template (or a few) that states the
 * project's facts; a "get involved" or "about the network" page of the same site is a text page of
 * another layout without them ({@link SiteProjects}).
 *
 * @param blockPath the elements from the body down to the main block ({@link MainBlock}), each as its
 *     tag and its class names without digits (those name one page, not its template), e.g.
 *     {@code body.layout-project>div.container>main>article.case}
 * @param statedFacts how many of the catalogue's facts the page states under a label
 * @param noindex whether a robots meta tag or the {@code X-Robots-Tag} header says {@code noindex}
 * @param linksAReport whether the main block links a report (a PDF): a project told in its report
 * @param proseFacts how many of a project's facts its sentences state ({@link ProseFacts#count})
 * @param figureTiles the most tiles side by side that each show a figure over its words ("2.060 | Menschen
 *     im Ort", "38.500 € | für die Fahrzeuge"): a project's key figures shown as tiles
 */
public record PageShape(
        String blockPath, int statedFacts, boolean noindex, boolean linksAReport, int proseFacts, int figureTiles) {

    /** Facts under a label from which a page is shaped like a site's project page. */
    public static final int MIN_FACTS = PageKind.MIN_FACTS;

    private static final Pattern NOINDEX = Pattern.compile("(?i)(?<![\\p{L}-])(?:noindex|none)(?![\\p{L}-])");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** Tiles side by side from which they show a project's key figures. */
    static final int MIN_FIGURE_TILES = 3;

    /** Longest text of a tile's figure: "38.500 €", "seit 2022", "14,8 km²". */
    private static final int MAX_FIGURE = 20;

    /** Longest text of a tile's words: a caption, not a paragraph. */
    private static final int MAX_TILE_WORDS = 80;

    /** Facts alignment must find before they count as a sheet of facts. */
    static final int MIN_ALIGNED_FACTS = 3;

    /**
     * @param robotsHeader the value of the answer's {@code X-Robots-Tag} header, empty without one
     */
    public static PageShape of(Document doc, String robotsHeader) {
        Element block = MainBlock.element(MainText.of(doc));
        boolean noindex = NOINDEX.matcher(robotsHeader).find();
        for (Element meta : doc.select("meta[name]")) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            if ((name.equals("robots") || name.equals("googlebot"))
                    && NOINDEX.matcher(meta.attr("content")).find()) {
                noindex = true;
            }
        }
        // Facts under their own label; a sheet of facts found by alignment or by their values' shapes
        // counts too (a template whose layout the shape readers do not know still shows them), but not a
        // figure or two beside words, which a page about a project (its teaser, a "project of the month")
        // shows as well.
        Set<Fact> stated = LabelledFacts.of(doc).stated();
        String lang =
                doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        String language = lang.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "de";
        Set<Fact> aligned = EnumSet.noneOf(Fact.class);
        FactAlignment.Alignment alignment = FactAlignment.Alignment.of(doc, language);
        for (LabelledFacts.Pair p : alignment.pairs()) {
            if (!Fact.namesThePlace(p.label())) aligned.add(p.fact());
        }
        // A strip of figures that say what they are ("22 km²", "2024–2026") is such a sheet too.
        aligned.addAll(SelfEvidentFacts.of(alignment, language).facts());
        if (aligned.size() >= MIN_ALIGNED_FACTS) stated.addAll(aligned);
        int facts = stated.size();
        boolean report = block.select("a[href]").stream().anyMatch(a -> Urls.looksLikeReport(a.absUrl("href")));
        int prose = facts == 0 ? ProseFacts.of(doc).count(language) : 0;
        return new PageShape(pathOf(block), facts, noindex, report, prose, figureTiles(MainText.of(doc)));
    }

    /** Where the page's main block sits: the path of elements from the body down to it. */
    public static String blockPath(Document doc) {
        return pathOf(MainBlock.element(MainText.of(doc)));
    }

    private static String pathOf(Element block) {
        List<String> path = new ArrayList<>();
        for (Element e = block; e != null && !e.normalName().equals("html"); e = e.parent()) {
            path.addFirst(step(e));
        }
        return String.join(">", path);
    }

    /**
     * Whether the page carries too little of a project page's evidence to stand on its own: no fact
     * under a label, fewer than {@value #MIN_FACTS} in its sentences (a project told only in words is
     * told there), fewer than {@value #MIN_FIGURE_TILES} tiles of figures and no report linked from its main block (a project told only in its PDF case
     * study is told there), or — as a page that asks to be left out of search engines (a newsletter's
     * web view, a draft, a print view) — fewer than {@value #MIN_FACTS} facts. Such a page stays a
     * candidate only when it is shaped like the site's project pages or repeats one of them.
     */
    public boolean lowEvidence() {
        return (statedFacts == 0 && proseFacts < MIN_FACTS && figureTiles < MIN_FIGURE_TILES && !linksAReport)
                || (noindex && statedFacts < MIN_FACTS);
    }

    /** The most children of one element that are tiles of a figure over its words. */
    static int figureTiles(Element within) {
        int most = 0;
        for (Element group : within.select("*")) {
            int tiles = 0;
            for (Element tile : group.children()) {
                if (isFigureTile(tile)) tiles++;
            }
            most = Math.max(most, tiles);
        }
        return most;
    }

    /** A tile whose first part is a short figure and whose next part is a few words about it. */
    private static boolean isFigureTile(Element tile) {
        if (tile.children().size() < 2) return false;
        String figure = tile.child(0).text().strip();
        String words = tile.child(1).text().strip();
        return !figure.isEmpty()
                && figure.length() <= MAX_FIGURE
                && DIGIT.matcher(figure).find()
                && words.length() <= MAX_TILE_WORDS
                && words.codePoints().anyMatch(Character::isLetter)
                && !DIGIT.matcher(words).lookingAt();
    }

    /** Whether the page states facts as a project page of its site does. */
    public boolean statesFacts() {
        return statedFacts >= MIN_FACTS;
    }

    private static String step(Element e) {
        String[] classes = e.classNames().stream()
                .filter(c -> !DIGIT.matcher(c).find())
                .map(c -> c.toLowerCase(Locale.ROOT))
                .sorted()
                .toArray(String[]::new);
        return e.normalName() + (classes.length == 0 ? "" : "." + String.join(".", Arrays.asList(classes)));
    }
}
