package de.smilecity.exchange.crawl.internal.parse;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page is for when its parts say it serves the site rather than report a project, as public
 * websites build such pages whatever their words: the hub of a section that points to the pages
 * below it, a topic's page that leads on by a list of links under a heading that names topics, a table whose rows link to issues or members, an administrative service with its fees
 * and papers to bring, a funding programme that says who may apply and how much, a single event's
 * sheet with a time of day, a form to sign up with an e-mail address. {@link PageKind} weighs it
 * against the facts the page states.
 *
 * @param kind what the page is
 * @param why the signal in words, for the page's outcome
 * @param soft whether the purpose decides only for a short page ({@link PageKind#MAX_POINTER_TEXT}) that
 *     states fewer than {@link PageKind#MIN_FACTS} facts: a project page may have such a part too
 */
record PagePurpose(PageKind.Kind kind, String why, boolean soft) {

    /** Pages below the page's own address it links to from which it is that section's hub. */
    static final int MIN_CHILD_PAGES = 3;

    /** Rows under a heading row of which this many hold a link: a listing of pages or documents. */
    static final int MIN_LINKED_ROWS = 2;

    /** Rows under a heading row from which a table with links in them lists things. */
    static final int MIN_ROWS = 3;

    /** Headings or labels a service page has, or a funding programme, from which the page is one. */
    static final int MIN_NAMED_PARTS = 2;

    /** Headings of the parts of an administrative service's page, folded ({@link PageName#fold}). */
    static final Set<String> SERVICE_HEADINGS = Set.of(
            "gebuehren",
            "kosten und gebuehren",
            "oeffnungszeiten",
            "sprechzeiten",
            "was sie mitbringen",
            "was sie mitbringen muessen",
            "erforderliche unterlagen",
            "benoetigte unterlagen",
            "unterlagen",
            "voraussetzungen",
            "zustaendige stelle",
            "ablauf",
            "fees",
            "opening hours",
            "what you need",
            "what to bring",
            "documents required",
            "required documents",
            "who is responsible");

    /** Labels only a funding programme gives: who may apply, the rate or size of a grant, folded. */
    static final Set<String> PROGRAMME_LABELS = Set.of(
            "antragsberechtigt",
            "antragsberechtigte",
            "wer kann antraege stellen",
            "foerderquote",
            "foerdersatz",
            "zuschusshoehe",
            "who can apply",
            "eligibility",
            "eligible applicants",
            "grant size",
            "grant sizes",
            "funding rate",
            "maximum grant",
            "hoechstbetrag",
            "foerderhoechstbetrag",
            "maximalbetrag",
            "maximum amount",
            "maximum award",
            // A deadline for applications: a call that projects answer, not a project.
            "antragsfrist",
            "antragsschluss",
            "einreichungsfrist",
            "bewerbungsfrist",
            "application deadline",
            "deadline for applications",
            "closing date");

    /** Labels of a grant, folded, whose value a programme gives as a cap ("bis zu 60 %", "up to €25,000"). */
    private static final Set<String> GRANT_LABELS = Set.of(
            "zuschuss", "foerderung", "foerderhoehe", "foerderbetrag", "grant", "grants", "funding", "award", "awards");

    /** A value given as a cap: what each of many may get at most. */
    private static final Pattern CAP =
            Pattern.compile("(?iu)^\\s*(?:bis zu|höchstens|maximal|max\\.|up to|at most|a maximum of|no more than)\\s");

    /**
     * A label for what one grant or applicant may get ("Zuschuss je Vorhaben", "maximum per grant",
     * "Förderung pro Antrag"), folded: a programme's own measure, as no project states what each of
     * many projects receives.
     */
    private static final Pattern PER_GRANT_LABEL = Pattern.compile(
            "^(?:(?:max(?:imum|imal)?|hoechst\\w*|zuschuss|foerderung|foerderbetrag|grant|award|funding)\\s+)+"
                    + "(?:je|pro|per)\\s+(?:vorhaben|projekt|antrag|antragsteller\\w*|grant|project|application|applicant)$");

    /** An amount of money with its currency, beside which a fee list states what a service costs. */
    private static final Pattern SMALL_SUM =
            Pattern.compile("(?iu)^\\s*(?:ab\\s+|from\\s+)?(?:€\\s*)?\\d{1,3}(?:[.,]\\d{2})?(?![\\d.,]*\\d)");

    private static final Set<Fact> PROJECT_FACTS =
            java.util.EnumSet.of(Fact.POPULATION, Fact.AREA, Fact.PHASE, Fact.PERIOD, Fact.START, Fact.END);

    /** Longest text under a figure tile that is read as the tile's label. */
    private static final int MAX_TILE_WORDS_LENGTH = 40;

    /** Rows of small sums from which a table is a list of fees or prices. */
    static final int MIN_FEE_ROWS = 3;

    /** Labels of when an event takes place, folded. */
    static final Set<String> WHEN_LABELS = Set.of(
            "datum", "termin", "wann", "zeit", "uhrzeit", "datum und uhrzeit", "date", "when", "time", "date and time");

    /** A time of day: "14.00 Uhr", "14 Uhr", "2 pm", "14:00". */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b(?:[01]?\\d|2[0-3])(?:[.:][0-5]\\d)?\\s*(?:uhr|am|pm|a\\.m\\.|p\\.m\\.)|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b");

    private static final Pattern FILE =
            Pattern.compile("\\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|zip|csv|txt|jpe?g|png|gif)$");

    /** Headings, folded, over a list of links that leads on to a section's parts, besides the names of topics. */
    static final Set<String> SECTION_LIST_HEADINGS = Set.of(
            "weitere themen",
            "in diesem bereich",
            "in dieser rubrik",
            "unterseiten",
            "more topics",
            "related topics",
            "in this section",
            "subpages",
            // A theme's page names the projects of its theme; a project's page names others as
            // "Weitere Projekte" or "Related projects", which are left out here.
            "projekte zum thema",
            "projekte zu diesem thema",
            "projekte in diesem themenfeld",
            "projects on this topic",
            "projects on this theme",
            "projects in this theme");

    /**
     * Whether the purpose stands even where the structured data calls the page an article: a funding
     * programme or a summary over many projects is what the page is, while CMSs type every page of a
     * blog or a resources section as an Article or a CreativeWork.
     */
    boolean beatsArticleType() {
        return kind == PageKind.Kind.ABOUT && !soft;
    }

    /** The first purpose the page's parts show, in the order of the class comment, or empty. */
    static Optional<PagePurpose> of(Document doc, Element region, PageLinks links, @Nullable URI self) {
        return hub(region, links, self)
                .or(() -> topicList(region, links, self))
                .or(() -> linkedRows(region))
                .or(() -> service(region))
                .or(() -> feeTable(doc, region))
                .or(() -> programme(doc))
                .or(() -> event(doc))
                .or(() -> signUp(region))
                .or(() -> aggregates(region));
    }

    /** Words that make a figure a measure over many: a median, an average, what is typical. */
    private static final Pattern OVER_MANY = Pattern.compile("(?iu)(?<![\\p{L}])(?:median|average|typical(?:ly)?"
            + "|durchschnitt\\p{L}*|im schnitt|mittelwert|typisch\\p{L}*|ø)(?![\\p{L}])");

    /** Amounts or counts of people given as a span from one figure to another: "€80,000 to €400,000". */
    private static final String SPAN_FIGURE = "\\d[\\d.,]*\\s*(?:k|m|tsd\\.|mio\\.)?";

    private static final Pattern SPAN_OF_AMOUNTS = Pattern.compile("(?iu)(?:€|\\beur\\b|\\beuro\\b)\\s*" + SPAN_FIGURE
            + "\\s*(?:to|bis|–|-)\\s*(?:€\\s*)?\\d|" + SPAN_FIGURE + "\\s*(?:to|bis|–|-)\\s*(?:€\\s*)?" + SPAN_FIGURE
            + "\\s*(?:€|eur\\b|euro\\b|residents|inhabitants|people|einwohner\\p{L}*|menschen)");

    /** Short lines of figures over many from which a page sums up many projects. */
    static final int MIN_FIGURES_OVER_MANY = 2;

    /** Longest line read as a line of figures. */
    private static final int MAX_FIGURE_LINE = 80;

    /**
     * A page whose figures are medians, averages, typical values or spans — a survey's results, a
     * guide's rules of thumb — sums up many projects; a project states its own figures.
     */
    private static Optional<PagePurpose> aggregates(Element region) {
        // The innermost short blocks that hold a figure and its words: a line, a row, a tile of two
        // paragraphs ("5,800" over "median population").
        List<Element> lines = new java.util.ArrayList<>();
        for (Element e : region.select("li, p, tr, dd, dt, figcaption, h3, h4, h5, div")) {
            String line = e.text().strip();
            if (line.length() > MAX_FIGURE_LINE || line.chars().noneMatch(Character::isDigit)) continue;
            if (OVER_MANY.matcher(line).find() || SPAN_OF_AMOUNTS.matcher(line).find()) lines.add(e);
        }
        // An element that holds another such line is the tile's box, not a line of its own.
        Set<Element> boxes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : lines) boxes.addAll(e.parents());
        List<String> over = lines.stream()
                .filter(e -> !boxes.contains(e))
                .map(e -> e.text().strip())
                .toList();
        if (over.size() < MIN_FIGURES_OVER_MANY) return Optional.empty();
        return Optional.of(new PagePurpose(
                PageKind.Kind.ABOUT,
                "its figures are medians, averages, typical values or spans ('" + over.getFirst()
                        + "'): a survey or a guide over many projects",
                false));
    }

    /**
     * A page that links to several pages filed below its own address — /klima.html to /klima/…, /projects/
     * to /projects/… — is the door to that section. A project's page hardly has pages under it.
     */
    private static Optional<PagePurpose> hub(Element region, PageLinks links, @Nullable URI self) {
        if (self == null || self.getPath() == null) return Optional.empty();
        String folder = ownFolder(self.getPath());
        if (folder.equals("/")) return Optional.empty();
        Set<String> children = new HashSet<>();
        for (Element a : region.select("a[href]")) {
            links.target(a)
                    .flatMap(Urls::parseHttp)
                    .filter(u -> self.getHost() != null && self.getHost().equalsIgnoreCase(u.getHost()))
                    .map(URI::getPath)
                    .filter(p -> p != null && p.startsWith(folder) && p.length() > folder.length())
                    .filter(p -> !FILE.matcher(p.toLowerCase(Locale.ROOT)).find())
                    .ifPresent(children::add);
        }
        if (children.size() < MIN_CHILD_PAGES) return Optional.empty();
        return Optional.of(new PagePurpose(
                PageKind.Kind.LIST,
                "it links to " + children.size() + " pages filed below its own address " + folder
                        + " (the hub of a section)",
                true));
    }

    /**
     * A page that ends its text in a list of links to other pages of the site under a heading that
     * names them topics ("Themen", "In this section"): the introduction to a theme that leads on to
     * the pages where its projects and papers are, wherever the site files them.
     */
    private static Optional<PagePurpose> topicList(Element region, PageLinks links, @Nullable URI self) {
        if (self == null || self.getHost() == null) return Optional.empty();
        for (Element heading : region.select("h2, h3, h4")) {
            String folded = PageName.fold(heading.text());
            boolean topics = SECTION_LIST_HEADINGS.contains(folded)
                    || PageName.named(heading.text())
                            .filter(n -> n == PageName.TOPICS || n == PageName.OVERVIEW)
                            .isPresent();
            Element list = heading.nextElementSibling();
            if (!topics || list == null || !list.is("ul, ol")) continue;
            Set<String> targets = new HashSet<>();
            for (Element a : list.select("li a[href]")) {
                links.target(a)
                        .flatMap(Urls::parseHttp)
                        .filter(u -> self.getHost().equalsIgnoreCase(u.getHost()))
                        .map(URI::getPath)
                        .filter(p -> p != null
                                && !FILE.matcher(p.toLowerCase(Locale.ROOT)).find())
                        .ifPresent(targets::add);
            }
            if (targets.size() < MIN_CHILD_PAGES) continue;
            return Optional.of(new PagePurpose(
                    PageKind.Kind.LIST,
                    "a list of links to " + targets.size() + " pages of the site under the heading '"
                            + heading.text().strip() + "' (a topic's page leading on)",
                    true));
        }
        return Optional.empty();
    }

    /** The folder a page heads: /a/b.html heads /a/b/, /a/b/ and /a/b/index.html head /a/b/. */
    static String ownFolder(String path) {
        String p = path.replaceFirst("(?i)/index\\.(?:html?|php|aspx?|jsp)$", "/");
        if (p.endsWith("/")) return p;
        return p.replaceFirst("\\.[A-Za-z0-9]+$", "") + "/";
    }

    /**
     * A table whose rows under a heading row link to pages or documents — the issues of a gazette, the
     * members of a network. A project's fact table has one row of values, and links in few rows.
     */
    private static Optional<PagePurpose> linkedRows(Element region) {
        for (Element table : region.select("table")) {
            List<Element> rows = table.select("tr").stream()
                    .filter(tr -> tr.closest("table") == table)
                    .toList();
            if (rows.isEmpty() || !headingRow(rows.getFirst())) continue;
            List<Element> body = rows.subList(1, rows.size());
            long linked = body.stream()
                    .filter(tr -> tr.selectFirst("a[href]") != null)
                    .count();
            if (body.size() >= MIN_ROWS && linked >= MIN_LINKED_ROWS) {
                return Optional.of(new PagePurpose(
                        PageKind.Kind.LIST,
                        "a table of " + body.size() + " rows under a heading row, " + linked
                                + " of them linking on (a listing of pages or documents)",
                        true));
            }
        }
        return Optional.empty();
    }

    private static boolean headingRow(Element tr) {
        List<Element> cells = tr.children().stream().filter(c -> c.is("th, td")).toList();
        return cells.size() >= 2 && cells.stream().allMatch(c -> c.is("th"));
    }

    /** An administrative service: headings for its fees, opening hours, papers to bring. */
    private static Optional<PagePurpose> service(Element region) {
        List<String> named = region.select("h2, h3, h4").stream()
                .map(h -> PageName.fold(h.text()))
                .filter(SERVICE_HEADINGS::contains)
                .distinct()
                .toList();
        if (named.size() < MIN_NAMED_PARTS) return Optional.empty();
        return Optional.of(new PagePurpose(
                PageKind.Kind.ABOUT,
                "its headings name the parts of a service (" + String.join(", ", named) + ")",
                true));
    }

    /**
     * A table whose rows each give a small sum with its currency — a day's lunch, a month's place, a
     * permit — is a list of fees or prices. A project's table states its costs once, and in thousands.
     */
    private static Optional<PagePurpose> feeTable(Document doc, Element region) {
        // A project that lists its fares or fees still states its own facts beside them.
        boolean[] projectFacts = {false};
        LabelledFacts.eachPair(doc, (label, value) -> {
            if (Fact.named(label).filter(PROJECT_FACTS::contains).isPresent()) projectFacts[0] = true;
        });
        if (projectFacts[0]) return Optional.empty();
        for (Element table : region.select("table")) {
            long fees = table.select("tr").stream()
                    .filter(tr -> tr.closest("table") == table)
                    .map(tr -> tr.select("td"))
                    .filter(cells -> !cells.isEmpty())
                    .filter(cells -> {
                        String last = cells.last().text().replace('\u00a0', ' ');
                        return SMALL_SUM.matcher(last).lookingAt()
                                && (last.contains("€") || last.matches("(?i).*\\beur.*"));
                    })
                    .count();
            if (fees >= MIN_FEE_ROWS) {
                return Optional.of(new PagePurpose(
                        PageKind.Kind.ABOUT,
                        "a table of " + fees + " rows of small sums (a list of fees or prices)",
                        true));
            }
        }
        return Optional.empty();
    }

    /** A funding programme: labels that say who may apply and how much a grant is. */
    private static Optional<PagePurpose> programme(Document doc) {
        Set<String> named = new java.util.LinkedHashSet<>();
        boolean[] perGrant = {false};
        LabelledFacts.eachPair(doc, (label, value) -> {
            String folded = PageName.fold(label);
            if (value.isBlank()) return;
            if (PROGRAMME_LABELS.contains(folded)) named.add(folded);
            if (GRANT_LABELS.contains(folded) && CAP.matcher(value).find()) named.add(folded + " " + value.strip());
            if (PER_GRANT_LABEL.matcher(folded).matches()) {
                named.add(folded);
                perGrant[0] = true;
            }
        });
        // A figure tile puts the words under its figure ("€15,000" over "maximum per grant"), and a fact
        // sheet sets a programme's labels apart from values no fact reader takes ("Antragsfrist" over
        // "jeweils 31. März"): a short text of its own that is such a label counts too.
        for (Element e : doc.body().select("div, span, p, figcaption, dt, th, small, strong, b, label")) {
            String own = e.ownText().strip();
            if (own.length() > MAX_TILE_WORDS_LENGTH || own.isEmpty()) continue;
            String folded = PageName.fold(own.replaceAll("[:：]\\s*$", ""));
            if (PROGRAMME_LABELS.contains(folded)) named.add(folded);
            if (!perGrant[0] && PER_GRANT_LABEL.matcher(folded).matches()) {
                named.add(folded);
                perGrant[0] = true;
            }
        }
        if (named.size() < MIN_NAMED_PARTS && !perGrant[0]) return Optional.empty();
        return Optional.of(new PagePurpose(
                PageKind.Kind.ABOUT,
                "its labels say who may apply and for how much (" + String.join(", ", named) + "): a funding programme",
                false));
    }

    /** A single event: when it takes place, to the hour, under a label. */
    private static Optional<PagePurpose> event(Document doc) {
        String[] when = {null};
        LabelledFacts.eachPair(doc, (label, value) -> {
            if (when[0] == null
                    && WHEN_LABELS.contains(PageName.fold(label))
                    && CLOCK.matcher(value).find()) {
                when[0] = value.strip();
            }
        });
        if (when[0] == null) return Optional.empty();
        return Optional.of(new PagePurpose(
                PageKind.Kind.EVENT, "it states when it takes place to the hour ('" + when[0] + "'): an event", true));
    }

    /** A form that asks for an e-mail address: a sign-up, to a newsletter or an account. */
    private static Optional<PagePurpose> signUp(Element region) {
        if (region.selectFirst("form input[type=email]") == null) return Optional.empty();
        return Optional.of(
                new PagePurpose(PageKind.Kind.ABOUT, "a form asks for an e-mail address (a sign-up page)", true));
    }
}
