package de.smilecity.exchange.crawl.internal.parse;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * Whether a page reports one project, decided from the signals it carries, for sources whose profile
 * does not say it with a title selector. The rules are tried in a fixed order and the first that
 * fits decides, so each verdict names the signal it rests on:
 *
 * <ol>
 *   <li>the page names itself a legal notice, privacy, cookie or accessibility page, terms, contact,
 *       about, joining, jobs, glossary or questions, home, members, press or news, events, topics, council, search,
 *       site map or overview (the last two, which a project's own tab may be named too, only with fewer
 *       than {@value #MIN_FACTS} facts) — by its heading, a part of
 *       its title or its last path segment ({@link PageName}); or it sits in a folder that names a
 *       section for press, news, events, members, topics or the council and states fewer than {@value #MIN_FACTS}
 *       of the catalogue's facts under a label;
 *   <li>its schema.org data calls it an event, a collection, list, search result, about, contact, job or
 *       profile page, or holds {@value #MIN_STRUCTURED_ITEMS} or more articles (a list of them);
 *   <li>its schema.org data calls it a news item (NewsArticle, BlogPosting) and it states fewer than
 *       {@value #MIN_FACTS} of the catalogue's facts under a label: news about projects, not a project;
 *   <li>its schema.org data calls it one Project, CreativeWork, Article, NewsArticle, BlogPosting or
 *       Report ({@link JsonLd#TYPES}): a project page, whatever its layout;
 *   <li>a place profile: {@value #MIN_FACTS} or more facts of a place (population, state or region, area)
 *       under a label and none of a project's ({@link #PROJECT_FACTS}) — a member town's page, not a
 *       project in it (a project schema type has decided in rule 4 already);
 *   <li>its address is the site's root (or a language root such as /de/);
 *   <li>a search form in its content, with results or a search in its address;
 *   <li>pagination of its own, together with teasers or {@value #LIST_LINK_SHARE_PERCENT} % of its text
 *       in links;
 *   <li>{@value #MIN_TEASERS} or more teasers that hold at least half its text;
 *   <li>at least half its text in links to other pages;
 *   <li>a table with a heading row that names facts over {@value #MIN_LISTED_ROWS} or more rows (a list of
 *       places or projects), and fewer than {@value #MIN_FACTS} facts of its own;
 *   <li>a purpose its parts show ({@link PagePurpose}): a section's hub, a table whose rows link on, a
 *       service, an event, a sign-up form — each only on a page of fewer than {@value #MAX_POINTER_TEXT}
 *       characters of its own text with fewer than {@value #MIN_FACTS} facts — or a funding programme;
 *   <li>a digest: no main heading, {@value #MIN_DIGEST_SECTIONS} or more sections under headings of one
 *       level, none longer than {@value #MAX_DIGEST_SECTION} characters, and fewer than {@value
 *       #MIN_FACTS} facts (a newsletter issue with short notes on several projects);
 *       The sections may also be paragraphs opened by a bold lead-in ("<b>Termin:</b> …"), as e-mail
 *       newsletters write them, or, on a page without any heading, the items of a list that hold at
 *       least a third of its text;
 *   <li>a glossary: {@value #MIN_GLOSSARY_TERMS} or more terms of definition lists explained in sentences,
 *       holding at least half its text, and fewer than {@value #MIN_FACTS} facts (schema.org's
 *       DefinedTermSet says the same in rule 2);
 *   <li>a call to act: a form other than a search, a button or a link drawn as one, after {@value
 *       #MIN_DIGEST_SECTIONS} or more short sections, and none of a project's facts (join, sign up,
 *       submit a project);
 *   <li>an invitation: a deadline stated under a label ("Deadline", "Bewerbungsfrist") and none of a
 *       place's facts (a call for proposals, a job, a tender);
 *   <li>a teaser: fewer than {@value #MAX_POINTER_TEXT} characters of its own text, a first paragraph
 *       that links to another page of the site, and fewer than {@value #MIN_FACTS} facts;
 *   <li>about others: links in its paragraphs to {@value #MIN_PROSE_LINKS} or more other pages of the site
 *       and no fact under a label (a conference report, a round-up);
 *   <li>fewer than {@value #MIN_OWN_TEXT} characters of text of its own;
 *   <li>otherwise it is a project page.
 * </ol>
 *
 * Shares are of the page's content region, see {@link PageSignals}.
 *
 * @param reason one sentence a person reads on the page's outcome: "not a project page: 78 % of the
 *     text is in links (a list or navigation page)", or why it is one
 * @param byDefault whether the page is a project page only because no rule said otherwise (the last
 *     rule): the verdict the crawl weighs again against the site's other project pages
 * @param mayRetell whether the page is news only by where it is filed or by its news type, without a
 *     project's facts under a label: a gazette's or newsletter's web copy of a project page, or the
 *     press release a project grew out of, is filed so too, and the crawl compares it with the
 *     projects it has read before it leaves it out
 */
public record PageKind(Kind kind, String reason, boolean byDefault, boolean mayRetell) {

    PageKind(Kind kind, String reason) {
        this(kind, reason, false, false);
    }

    PageKind(Kind kind, String reason, boolean byDefault) {
        this(kind, reason, byDefault, false);
    }

    /** What the page is. Every kind but {@link #PROJECT} makes no candidate. */
    public enum Kind {
        PROJECT,
        HOME,
        LIST,
        SEARCH,
        NEWS,
        EVENT,
        LEGAL,
        CONTACT,
        ABOUT,
        GLOSSARY,
        PLACE,
        THIN
    }

    /** schema.org types of pages that are no project report, and the kind each says. */
    static final Map<String, Kind> OTHER_PAGE_TYPES = Map.of(
            "Event", Kind.EVENT,
            "EventSeries", Kind.EVENT,
            "CollectionPage", Kind.LIST,
            "ItemList", Kind.LIST,
            "SearchResultsPage", Kind.SEARCH,
            "AboutPage", Kind.ABOUT,
            "ContactPage", Kind.CONTACT,
            "ProfilePage", Kind.ABOUT,
            "DefinedTermSet", Kind.GLOSSARY,
            "JobPosting", Kind.ABOUT);

    /** Articles in the structured data from which the page is a list of them rather than one. */
    static final int MIN_STRUCTURED_ITEMS = 3;

    /** Teasers from which a page whose text they mostly hold is a list, without pagination. */
    static final int MIN_TEASERS = 4;

    /** Share of the text in teasers from which a page is a list. */
    static final double TEASER_SHARE = 0.5;

    /** Share of the text in links from which a page is a list or navigation page. */
    static final double LINK_SHARE = 0.5;

    /** Share of the text in links that, with pagination or a search form, makes a list. */
    static final int LIST_LINK_SHARE_PERCENT = 35;

    /** Facts stated under a label from which a page reports a project, whatever else it is. */
    static final int MIN_FACTS = 2;

    /** News item types of schema.org: about projects, but a project page only with its facts. */
    static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "BlogPosting", "LiveBlogPosting");

    /** Facts that describe a place, whatever is done there. */
    static final Set<Fact> PLACE_FACTS = EnumSet.of(Fact.POPULATION, Fact.STATE, Fact.AREA);

    /**
     * Facts only a project has. A contact is neither: a town's profile names one as well as a project
     * page does, so it tells nothing of what the page is.
     */
    static final Set<Fact> PROJECT_FACTS =
            EnumSet.of(Fact.PHASE, Fact.COSTS, Fact.PERIOD, Fact.START, Fact.END, Fact.FUNDING);

    /** Sections from which a page without a main heading may be a digest of short notes. */
    static final int MIN_DIGEST_SECTIONS = 3;

    /** Longest section of a digest: a note, not a project's description. */
    static final int MAX_DIGEST_SECTION = 400;

    /** Share of the text in a list's items from which a page without headings is a digest of them. */
    static final double LISTED_NOTES_SHARE = 1.0 / 3;

    /** Terms explained in sentences from which a page whose text they mostly hold is a glossary. */
    static final int MIN_GLOSSARY_TERMS = 5;

    /** Share of the text in explained terms from which a page is a glossary. */
    static final double GLOSSARY_SHARE = 0.5;

    /** Rows under a heading row that names facts from which a table lists places or projects. */
    static final int MIN_LISTED_ROWS = 3;

    /** Characters of its own text below which a page that opens with a link to another is its teaser. */
    static final int MAX_POINTER_TEXT = 600;

    /** Other pages of the site linked in running text from which a page without facts tells of them. */
    static final int MIN_PROSE_LINKS = 2;

    /** Characters of text of its own (outside links, teasers and the heading) below which a page reports nothing. */
    static final int MIN_OWN_TEXT = 200;

    private static final String NOT_A_PROJECT = "not a project page: ";

    /** The page's kind; its address ({@link Document#location()}) is one of the signals. */
    public static PageKind of(Document doc) {
        return of(PageSignals.read(doc));
    }

    /** The rules of the class comment, in their order; the first that fits decides. */
    static PageKind of(PageSignals s) {
        return named(s).or(() -> structured(s))
                .or(() -> place(s))
                .or(() -> home(s))
                .or(() -> search(s))
                .or(() -> list(s))
                .or(() -> table(s))
                .or(() -> purpose(s))
                .or(() -> digest(s))
                .or(() -> notes(s))
                .or(() -> listedNotes(s))
                .or(() -> glossary(s))
                .or(() -> callToAction(s))
                .or(() -> invitation(s))
                .or(() -> pointer(s))
                .or(() -> aboutOthers(s))
                .or(() -> thin(s))
                .orElseGet(() -> new PageKind(
                        Kind.PROJECT,
                        "a project page: " + s.ownTextLength() + " characters of its own text, "
                                + percent(s.linkShare()) + " in links, no list, navigation or service page signals",
                        true));
    }

    private static Optional<PageKind> named(PageSignals s) {
        for (PageSignals.Name n : s.names()) {
            Optional<PageName> named = PageName.named(n.name());
            if (named.isPresent() && n.where().equals("folder")) {
                // A folder names a section, not the page: a case filed under /news/ with its facts is still one.
                Kind section = PageName.SECTIONS.get(named.get());
                if (section == null || s.statedFacts() >= MIN_FACTS) continue;
                return Optional.of(new PageKind(
                        section,
                        NOT_A_PROJECT + "it sits in the folder '" + n.name() + "' of " + n.shown() + ", which names "
                                + named.get().description() + ", and states " + s.statedFacts()
                                + " of a project's facts under a label",
                        false,
                        section == Kind.NEWS));
            }
            if (named.isPresent() && PageName.ALSO_OF_A_PROJECT.contains(named.get()) && s.statedFacts() >= MIN_FACTS) {
                continue;
            }
            if (named.isPresent()) {
                return Optional.of(not(
                        named.get().kind(),
                        "its " + n.where() + " '" + n.shown() + "' names "
                                + named.get().description()));
            }
        }
        return Optional.empty();
    }

    /** A verdict from schema.org data, which outranks the layout: the site says what the page is. */
    private static Optional<PageKind> structured(PageSignals s) {
        List<String> articleTypes = s.structuredTypes().stream()
                .filter(types -> types.stream().anyMatch(JsonLd.TYPES::contains))
                .map(types -> types.stream()
                        .filter(JsonLd.TYPES::contains)
                        .findFirst()
                        .orElseThrow())
                .toList();
        if (articleTypes.size() >= MIN_STRUCTURED_ITEMS) {
            return Optional.of(
                    not(Kind.LIST, "its structured data holds " + articleTypes.size() + " articles (a list of them)"));
        }
        if (!articleTypes.isEmpty() && NEWS_TYPES.contains(articleTypes.getFirst()) && s.statedFacts() < MIN_FACTS) {
            return Optional.of(new PageKind(
                    Kind.NEWS,
                    NOT_A_PROJECT + "its structured data calls it " + withArticle(articleTypes.getFirst())
                            + " and it states " + s.statedFacts() + " of a project's facts under a label (news, not a"
                            + " project)",
                    false,
                    true));
        }
        PagePurpose purpose = s.purpose();
        if (!articleTypes.isEmpty() && purpose != null && purpose.beatsArticleType()) {
            return Optional.of(not(purpose.kind(), purpose.why()));
        }
        if (!articleTypes.isEmpty()) {
            return Optional.of(new PageKind(
                    Kind.PROJECT,
                    "a project page: its structured data calls it " + withArticle(articleTypes.getFirst())));
        }
        for (List<String> types : s.structuredTypes()) {
            for (String type : types) {
                Kind kind = OTHER_PAGE_TYPES.get(type);
                if (kind != null) return Optional.of(not(kind, "its structured data calls it " + withArticle(type)));
            }
        }
        return Optional.empty();
    }

    /**
     * A page that tells what a place is — its population, region, area — and nothing a project does.
     * A project's label shown without a value yet ("Budget: tbc") is still a project's, not a place's.
     */
    private static Optional<PageKind> place(PageSignals s) {
        if (s.unknownFacts().stream().anyMatch(PROJECT_FACTS::contains)) return Optional.empty();
        Set<Fact> place = EnumSet.noneOf(Fact.class);
        for (Fact fact : s.facts()) {
            if (PROJECT_FACTS.contains(fact)) return Optional.empty();
            if (PLACE_FACTS.contains(fact)) place.add(fact);
        }
        if (place.size() < MIN_FACTS) return Optional.empty();
        return Optional.of(not(
                Kind.PLACE,
                "it states " + place.size() + " facts of a place ("
                        + place.stream()
                                .map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))
                        + ") and none of a project's (phase, period, costs, funding): a place's profile"));
    }

    private static Optional<PageKind> home(PageSignals s) {
        return s.home()
                ? Optional.of(not(Kind.HOME, "it is the site's home page (" + s.address() + ")"))
                : Optional.empty();
    }

    private static Optional<PageKind> search(PageSignals s) {
        if (s.searchForm() && s.searchTerms() != null) {
            return Optional.of(
                    not(Kind.SEARCH, "a search form and a search for '" + s.searchTerms() + "' in its address"));
        }
        if (s.searchForm() && listed(s)) {
            return Optional.of(not(Kind.SEARCH, "a search form with a list of results (" + listSignal(s) + ")"));
        }
        if (s.searchTerms() != null && listed(s)) {
            return Optional.of(not(
                    Kind.SEARCH,
                    "a search for '" + s.searchTerms() + "' in its address and a list of results (" + listSignal(s)
                            + ")"));
        }
        return Optional.empty();
    }

    private static Optional<PageKind> list(PageSignals s) {
        if (s.pagination() != null && listed(s)) {
            return Optional.of(
                    not(Kind.LIST, "a list with pagination — " + s.pagination() + " — and " + listSignal(s)));
        }
        if (s.teasers().blocks() >= MIN_TEASERS && s.teaserShare() >= TEASER_SHARE) {
            return Optional.of(not(
                    Kind.LIST,
                    s.teasers().blocks() + " similar teaser blocks linking to other pages hold "
                            + percent(s.teaserShare()) + " of the text (a list page)"));
        }
        if (s.linkShare() >= LINK_SHARE) {
            return Optional.of(
                    not(Kind.LIST, percent(s.linkShare()) + " of the text is in links (a list or navigation page)"));
        }
        return Optional.empty();
    }

    /**
     * A page whose parts show it serves the site — a section's hub, a listing table, a service, a
     * funding programme, an event, a sign-up ({@link PagePurpose}). Most of these parts a project page
     * may have as well, so they decide only for a short page with fewer than {@value #MIN_FACTS} facts.
     */
    private static Optional<PageKind> purpose(PageSignals s) {
        PagePurpose p = s.purpose();
        if (p == null) return Optional.empty();
        if (p.soft() && (s.statedFacts() >= MIN_FACTS || s.ownTextLength() >= MAX_POINTER_TEXT))
            return Optional.empty();
        return Optional.of(not(p.kind(), p.why()));
    }

    private static Optional<PageKind> digest(PageSignals s) {
        PageSignals.Sections sections = s.sections();
        if (sections.mainHeading()
                || sections.count() < MIN_DIGEST_SECTIONS
                || sections.longest() > MAX_DIGEST_SECTION
                || s.statedFacts() >= MIN_FACTS) {
            return Optional.empty();
        }
        return Optional.of(not(
                Kind.NEWS,
                "no main heading and " + sections.count() + " short sections of at most " + sections.longest()
                        + " characters each, with no project facts (a digest of notes)"));
    }

    /**
     * Short notes without headings, each opened by a bold lead-in, as a newsletter sent by e-mail has
     * them; a newsletter that tells one project with its facts is its copy and stays.
     */
    private static Optional<PageKind> notes(PageSignals s) {
        PageSignals.Sections sections = s.sections();
        if (sections.mainHeading()
                || sections.notes() < MIN_DIGEST_SECTIONS
                || sections.longestNote() > MAX_DIGEST_SECTION
                || s.statedFacts() >= MIN_FACTS) {
            return Optional.empty();
        }
        return Optional.of(not(
                Kind.NEWS,
                "no main heading and " + sections.notes() + " short notes under bold lead-ins of at most "
                        + sections.longestNote() + " characters each, with no project facts (a digest of notes)"));
    }

    /**
     * Short notes as the items of a list on a page without any heading — an e-mail newsletter's
     * overview ("a short overview: • … • … • …"). A project told in a newsletter has a heading or its
     * facts, and stays.
     */
    private static Optional<PageKind> listedNotes(PageSignals s) {
        PageSignals.Sections sections = s.sections();
        if (sections.mainHeading()
                || sections.count() > 0
                || sections.items() < MIN_DIGEST_SECTIONS
                || sections.longestItem() > MAX_DIGEST_SECTION
                || sections.itemShare() < LISTED_NOTES_SHARE
                || s.statedFacts() >= MIN_FACTS) {
            return Optional.empty();
        }
        return Optional.of(not(
                Kind.NEWS,
                "no heading and " + sections.items() + " short list items of at most " + sections.longestItem()
                        + " characters each hold " + percent(sections.itemShare())
                        + " of the text, with no project facts (a digest of notes)"));
    }

    private static Optional<PageKind> glossary(PageSignals s) {
        PageSignals.Definitions d = s.definitions();
        if (d.terms() < MIN_GLOSSARY_TERMS || d.share() < GLOSSARY_SHARE || s.statedFacts() >= MIN_FACTS) {
            return Optional.empty();
        }
        return Optional.of(not(
                Kind.GLOSSARY,
                d.terms() + " terms explained in sentences hold " + percent(d.share()) + " of the text (a glossary)"));
    }

    /**
     * A page that asks the reader to act — join, sign up, get in touch — in a few short sections and
     * states none of a project's facts: a project page tells what was done, with at least one fact.
     */
    private static Optional<PageKind> callToAction(PageSignals s) {
        PageSignals.Sections sections = s.sections();
        if (!s.callToAction()
                || s.statedFacts() > 0
                || sections.count() < MIN_DIGEST_SECTIONS
                || sections.longest() > MAX_DIGEST_SECTION) {
            return Optional.empty();
        }
        return Optional.of(not(
                Kind.ABOUT,
                "a call to act (a form or a button) after " + sections.count() + " short sections of at most "
                        + sections.longest() + " characters each, with none of a project's facts"));
    }

    /**
     * A page that sets a deadline to apply or hand something in — a call for proposals, a job, a
     * tender — and names no place of its own: it invites what is still to be done, where a project
     * page tells what a town did, with the town's facts.
     */
    private static Optional<PageKind> invitation(PageSignals s) {
        if (!s.deadline() || s.facts().stream().anyMatch(PLACE_FACTS::contains)) return Optional.empty();
        return Optional.of(not(
                Kind.ABOUT,
                "it states a deadline under a label and none of a place's facts (a call, a job or a tender)"));
    }

    /**
     * A table of places or projects: a heading row that names facts ("Council | Region | Population")
     * over a row for each of them. A project's own fact sheet has one row of values, or none.
     */
    private static Optional<PageKind> table(PageSignals s) {
        if (s.listedRows() < MIN_LISTED_ROWS || s.statedFacts() >= MIN_FACTS) return Optional.empty();
        return Optional.of(not(
                Kind.LIST,
                "a table of " + s.listedRows() + " rows under headings that name facts (a list of places or"
                        + " projects)"));
    }

    /**
     * A short page that opens by pointing to another page of its site — a project of the month, a
     * featured case — and states too few facts of its own: a teaser of that page, which is the project.
     */
    private static Optional<PageKind> pointer(PageSignals s) {
        if (!s.opensWithLink() || s.ownTextLength() >= MAX_POINTER_TEXT || s.statedFacts() >= MIN_FACTS) {
            return Optional.empty();
        }
        return Optional.of(not(
                Kind.NEWS,
                "only " + s.ownTextLength() + " characters of its own text, opening with a link to another page of"
                        + " the site, and " + s.statedFacts() + " facts under a label (a teaser of that page)"));
    }

    /**
     * A page that tells of several other pages of its site in its running text and states no fact
     * under a label: a report of a conference or a round-up, in which projects are told, not one.
     */
    private static Optional<PageKind> aboutOthers(PageSignals s) {
        if (s.proseLinks() < MIN_PROSE_LINKS || s.statedFacts() > 0) return Optional.empty();
        return Optional.of(not(
                Kind.NEWS,
                "its text links to " + s.proseLinks() + " other pages of the site and it states no fact under a"
                        + " label (a report about projects, not one)"));
    }

    private static Optional<PageKind> thin(PageSignals s) {
        if (s.ownTextLength() >= MIN_OWN_TEXT) return Optional.empty();
        return Optional.of(not(
                Kind.THIN,
                "only " + s.ownTextLength() + " characters of text outside links, teasers and heading (fewer than "
                        + MIN_OWN_TEXT + ")"));
    }

    /** Whether teasers or links show a list, as pagination and search forms need to be one. */
    private static boolean listed(PageSignals s) {
        return s.teasers().blocks() >= Teasers.MIN_GROUP || s.linkShare() * 100 >= LIST_LINK_SHARE_PERCENT;
    }

    public boolean isProject() {
        return kind == Kind.PROJECT;
    }

    /** The reason when the page is no project page, else empty. */
    public Optional<String> notAProject() {
        return isProject() ? Optional.empty() : Optional.of(reason);
    }

    private static PageKind not(Kind kind, String why) {
        return new PageKind(kind, NOT_A_PROJECT + why);
    }

    /** The list signal in words: teasers if there are, else the links' share. */
    private static String listSignal(PageSignals s) {
        return s.teasers().blocks() >= Teasers.MIN_GROUP
                ? s.teasers().blocks() + " teaser blocks"
                : percent(s.linkShare()) + " of the text in links";
    }

    private static String withArticle(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
