package de.smilecity.exchange.crawl.internal.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names sites give the pages around their content — legal notice, privacy, contact, about,
 * joining, jobs, glossary and questions, home, members, press and news, events, topics, council, search,
 * newsletter, site map, overview — in German and English. A page is named by one of them only when its heading, a title
 * part or the last segment of its path is exactly that name (after folding case, umlauts and
 * punctuation): "Datenschutzkonforme Videosprechstunde" is a project, "Datenschutz" is not.
 */
enum PageName {
    LEGAL_NOTICE(
            PageKind.Kind.LEGAL,
            "a legal notice",
            "impressum",
            "imprint",
            "legal notice",
            "legal",
            "rechtliche hinweise",
            "disclaimer",
            "haftungsausschluss"),
    PRIVACY(
            PageKind.Kind.LEGAL,
            "a privacy page",
            "datenschutz",
            "datenschutzerklaerung",
            "datenschutzhinweise",
            "datenschutzinformationen",
            "hinweise zum datenschutz",
            "privacy",
            "privacy policy",
            "privacy notice",
            "data protection",
            "data privacy"),
    COOKIES(
            PageKind.Kind.LEGAL,
            "a cookie page",
            "cookies",
            "cookie",
            "cookie richtlinie",
            "cookie hinweise",
            "cookie einstellungen",
            "cookie policy",
            "cookie settings"),
    ACCESSIBILITY(
            PageKind.Kind.LEGAL,
            "an accessibility statement",
            "barrierefreiheit",
            "erklaerung zur barrierefreiheit",
            "barrierefreiheitserklaerung",
            "accessibility",
            "accessibility statement",
            "leichte sprache",
            "einfache sprache",
            "gebaerdensprache",
            "easy read",
            "sign language"),
    TERMS(
            PageKind.Kind.LEGAL,
            "terms of use",
            "agb",
            "nutzungsbedingungen",
            "terms",
            "terms of use",
            "terms and conditions"),
    CONTACT(
            PageKind.Kind.CONTACT,
            "a contact page",
            "kontakt",
            "kontaktformular",
            "kontakt und anfahrt",
            "contact",
            "contact us"),
    ABOUT(
            PageKind.Kind.ABOUT,
            "an about page",
            "ueber uns",
            "wer wir sind",
            "unser team",
            "das team",
            "team",
            "about",
            "about us",
            "who we are",
            "our team",
            "ueber das netzwerk",
            "ueber den verein",
            "wir ueber uns",
            "netzwerk",
            "das netzwerk",
            "unser netzwerk",
            "leitbild",
            "our network",
            "the network",
            "our mission",
            "mission",
            "governance",
            "satzung"),
    JOIN(
            PageKind.Kind.ABOUT,
            "a page asking to join or take part",
            "mitmachen",
            "mitglied werden",
            "mitgliedschaft",
            "beteiligen",
            "get involved",
            "join",
            "join us",
            "take part",
            "become a member"),
    JOBS(
            PageKind.Kind.ABOUT,
            "a jobs page",
            "stellenangebote",
            "stellenausschreibungen",
            "offene stellen",
            "karriere",
            "jobs",
            "jobs und karriere",
            "careers",
            "vacancies",
            "job vacancies",
            "work with us"),
    GLOSSARY(
            PageKind.Kind.GLOSSARY,
            "a glossary or questions page",
            "glossar",
            "begriffe",
            "begriffserklaerungen",
            "lexikon",
            "glossary",
            "faq",
            "faqs",
            "haeufige fragen",
            "haeufig gestellte fragen",
            "fragen und antworten",
            "frequently asked questions"),
    HOME(PageKind.Kind.HOME, "a home page", "home", "homepage", "home page", "startseite"),
    MEMBERS(
            PageKind.Kind.ABOUT,
            "a list of members",
            "mitglieder",
            "unsere mitglieder",
            "mitgliedskommunen",
            "mitgliedsstaedte",
            "mitgliedsgemeinden",
            "mitgliedsorte",
            "unsere gemeinden",
            "member municipalities",
            "member councils",
            "member towns",
            "member villages",
            "partner",
            "unsere partner",
            "members",
            "our members",
            "member cities",
            "membership",
            "partners",
            "our partners"),
    PRESS(
            PageKind.Kind.LIST,
            "a press or news page",
            "presse",
            "pressemitteilungen",
            "pressemitteilung",
            "pressemeldungen",
            "pressebereich",
            "pressestelle",
            "aktuelles",
            "neuigkeiten",
            "nachrichten",
            "meldungen",
            "press",
            "press releases",
            "press release",
            "press room",
            "pressroom",
            "newsroom",
            "media",
            "news",
            "latest news",
            "blog"),
    EVENTS(
            PageKind.Kind.LIST,
            "an events page",
            "termine",
            "veranstaltungen",
            "veranstaltungen und termine",
            "termine und veranstaltungen",
            "veranstaltungskalender",
            "terminkalender",
            "kalender",
            "events",
            "event",
            "upcoming events",
            "events calendar",
            "calendar",
            "agenda"),
    TOPICS(
            PageKind.Kind.LIST,
            "a topic page",
            "themen",
            "thema",
            "themenfelder",
            "schlagworte",
            "schlagwort",
            "topics",
            "topic",
            "tags",
            "tag",
            "themes"),
    /** A town's council and its meetings, agendas and minutes, which name projects as items of business. */
    COUNCIL(
            PageKind.Kind.ABOUT,
            "the council's pages (meetings, agendas, minutes)",
            "stadtrat",
            "gemeinderat",
            "ortschaftsrat",
            "kreistag",
            "ratsinformationssystem",
            "ratsinfo",
            "sitzungen",
            "sitzungskalender",
            "tagesordnung",
            "niederschriften",
            "niederschrift",
            "sitzungsprotokoll",
            "verbandsgemeinderat",
            "samtgemeinderat",
            "ortsgemeinderat",
            "stadtverordnetenversammlung",
            "council meetings",
            "meetings",
            "agendas",
            "minutes"),
    SEARCH(
            PageKind.Kind.SEARCH,
            "a search page",
            "suche",
            "suchergebnisse",
            "erweiterte suche",
            "search",
            "search results",
            "advanced search"),
    NEWSLETTER(
            PageKind.Kind.LIST,
            "a newsletter page",
            "newsletter",
            "newsletter archiv",
            "newsletter abonnieren",
            "newsletter anmeldung",
            "newsletter archive",
            "newsletter sign up",
            "subscribe",
            // The gazettes of German and Austrian municipalities, whose page lists the issues.
            "mitteilungsblatt",
            "amtsblatt",
            "gemeindeblatt",
            "gemeindebrief",
            "gemeindezeitung",
            "rundbrief"),
    SITEMAP(PageKind.Kind.LIST, "a site map", "sitemap", "seitenuebersicht", "site map"),
    /** A section's or wiki space's table of contents. */
    OVERVIEW(
            PageKind.Kind.LIST,
            "an overview of pages",
            "uebersicht",
            "inhaltsverzeichnis",
            "overview",
            "space overview",
            "contents",
            "table of contents"),
    /** Blog archives name themselves by a prefix ("Kategorie: Energie"), see {@link #ARCHIVE_PREFIX}. */
    ARCHIVE(PageKind.Kind.LIST, "an archive page");

    /**
     * Names that, as a folder of the address, file every page under them in a section that holds no
     * projects, and what a page in it is: /presse/… holds press releases, /events/… single events.
     */
    static final java.util.Map<PageName, PageKind.Kind> SECTIONS = java.util.Map.of(
            MEMBERS, PageKind.Kind.ABOUT,
            PRESS, PageKind.Kind.NEWS,
            EVENTS, PageKind.Kind.EVENT,
            TOPICS, PageKind.Kind.LIST,
            COUNCIL, PageKind.Kind.ABOUT);

    /**
     * Names a project's own page may carry as well — the overview tab of a project, a project's home —
     * which therefore decide only for a page that states fewer than {@value PageKind#MIN_FACTS} facts.
     */
    static final java.util.Set<PageName> ALSO_OF_A_PROJECT = java.util.EnumSet.of(OVERVIEW, HOME);

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]+");

    /** What may follow a name and still leave it the page's name: "Impressum der Stadt X", "Privacy policy of X". */
    private static final Pattern OWNER = Pattern.compile("^ (?:der|des|von|vom|ueber|of|for|on) ");

    /** "Unsere Mitgliedsgemeinden", "Our partners": the site speaks of its own, which names nothing else. */
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:unsere|unser|our) (?=\\p{L})");

    /** The title a kind of page carries in quotes: "Amtsblatt „Kornbacher Bote“" is the gazette's page. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("\\s+[„\"«“‚‘'][^„\"«»“”]+[“”\"»‘’']\\s*$");

    /** A qualifier in parentheses at the end: "Cookie-Richtlinie (EU)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** How blog systems title their archives of a tag, category, author or month. */
    private static final Pattern ARCHIVE_PREFIX = Pattern.compile(
            "^(?:tag|schlagwort|category|kategorie|thema|themenfeld|topic|theme|archive|archives|archiv|author|autor|month|monat|year|jahr)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private final PageKind.Kind kind;
    private final String description;
    private final Set<String> names;

    PageName(PageKind.Kind kind, String description, String... names) {
        this.kind = kind;
        this.description = description;
        this.names = Set.of(names);
    }

    PageKind.Kind kind() {
        return kind;
    }

    /** What the name says the page is, for a reason a person reads ("a privacy page"). */
    String description() {
        return description;
    }

    /**
     * The kind of page the text names, or empty when it is no such name: the text is a name, maybe
     * with a qualifier in parentheses or an owner ("… der Stadt X", "… of X") after it, or an archive title.
     */
    static Optional<PageName> named(String text) {
        if (ARCHIVE_PREFIX.matcher(text.strip()).find()) return Optional.of(ARCHIVE);
        String folded = fold(
                QUOTED_TITLE.matcher(QUALIFIER.matcher(text).replaceFirst("")).replaceFirst(""));
        if (folded.isEmpty()) return Optional.empty();
        return byName(folded).or(() -> byName(POSSESSIVE.matcher(folded).replaceFirst("")));
    }

    private static Optional<PageName> byName(String folded) {
        for (PageName name : values()) {
            for (String n : name.names) {
                if (folded.equals(n)
                        || (folded.startsWith(n)
                                && OWNER.matcher(folded.substring(n.length())).find())) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, umlauts and ß spelled out, every run of other characters one space. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        return NOT_A_LETTER.matcher(lower).replaceAll(" ").strip();
    }
}
