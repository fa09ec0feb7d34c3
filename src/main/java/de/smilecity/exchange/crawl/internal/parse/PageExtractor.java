package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.HtmlSanitizer;
import de.smilecity.exchange.shared.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of a project report from a page — a pure function of the page, the source's
 * profile and the innovation-field vocabulary. Per field: the profile's selector if it has one;
 * otherwise schema.org JSON-LD, then OpenGraph and {@code <meta>}, then the page's main text.
 * Everything leaves as plain text or as Markdown made from HTML that passed {@link HtmlSanitizer}.
 */
public final class PageExtractor {

    /** Shortest paragraph that may stand in for a missing summary. */
    private static final int MIN_SUMMARY_PARAGRAPH = 40;

    /**
     * Phase labels common on German and English pages, used when the source's own labels name none:
     * a source's {@code phaseLabels} always win.
     */
    static final Map<String, Phase> COMMON_PHASE_LABELS = Map.ofEntries(
            Map.entry("idee", Phase.IDEA),
            Map.entry("idea", Phase.IDEA),
            Map.entry("konzept", Phase.STRATEGY),
            Map.entry("strategie", Phase.STRATEGY),
            Map.entry("planung", Phase.STRATEGY),
            Map.entry("planning", Phase.STRATEGY),
            Map.entry("strategy", Phase.STRATEGY),
            Map.entry("umsetzung", Phase.IMPLEMENTATION),
            Map.entry("pilotphase", Phase.IMPLEMENTATION),
            Map.entry("pilot", Phase.IMPLEMENTATION),
            Map.entry("implementation", Phase.IMPLEMENTATION),
            Map.entry("betrieb", Phase.OPERATION),
            Map.entry("regelbetrieb", Phase.OPERATION),
            Map.entry("in betrieb", Phase.OPERATION),
            Map.entry("operation", Phase.OPERATION),
            Map.entry("verstetigung", Phase.SCALED),
            Map.entry("verstetigt", Phase.SCALED),
            Map.entry("ausgerollt", Phase.SCALED),
            Map.entry("skaliert", Phase.SCALED),
            Map.entry("scaled", Phase.SCALED),
            Map.entry("beendet", Phase.DISCONTINUED),
            Map.entry("eingestellt", Phase.DISCONTINUED),
            Map.entry("discontinued", Phase.DISCONTINUED));

    private PageExtractor() {}

    /**
     * Why a page of a source with a profile is not a project report, or empty: a profile that names
     * a title selector only takes pages that have an element matching it.
     */
    public static Optional<String> notAProjectPage(Document doc, Profile profile) {
        String selector = profile.selector("title");
        if (selector != null && doc.selectFirst(selector) == null) {
            return Optional.of("not a project page: no element matches the title selector '" + selector + "'");
        }
        return Optional.empty();
    }

    /**
     * @param innovationFields the concepts of the innovation-field scheme, matched by label
     */
    public static Extracted extract(Document doc, Profile profile, List<Concept> innovationFields) {
        Optional<JsonLd> jsonLd = JsonLd.of(doc);
        Supplier<Element> main = memo(() -> MainText.of(doc));

        String title = selected(doc, profile, "title")
                .or(() -> jsonLd.flatMap(JsonLd::title))
                .or(() -> meta(doc, "meta[property=og:title]"))
                .or(() -> firstText(doc, "h1"))
                .orElse(doc.title().strip());

        Optional<String> metaDescription = jsonLd.flatMap(JsonLd::description)
                .or(() -> meta(doc, "meta[property=og:description]"))
                .or(() -> meta(doc, "meta[name=description]"));

        String summary = selected(doc, profile, "summary")
                .or(() -> metaDescription)
                .or(() -> firstParagraph(main.get()))
                .orElse("");

        String description = selectedHtml(doc, profile, "description")
                .or(() -> metaDescription.map(HtmlToMarkdown::escape))
                .orElseGet(() -> mainTextMarkdown(main.get(), title));

        List<String> labels = selectedAll(doc, profile, "innovationFields");
        List<String> keywords = profile.selector("keywords") != null
                ? selectedAll(doc, profile, "keywords")
                : jsonLd.map(JsonLd::keywords).filter(k -> !k.isEmpty()).orElseGet(() -> metaKeywords(doc));
        if (profile.selector("innovationFields") == null) {
            // A page nobody configured: its keywords that name an innovation field classify it.
            labels = keywords.stream()
                    .filter(k -> conceptNamedBy(k, innovationFields).isPresent())
                    .toList();
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String label : labels) {
            conceptNamedBy(label, innovationFields)
                    .ifPresentOrElse(c -> codes.add(c.getCode()), () -> addOnce(unknown, label));
        }

        Optional<String> phaseLabel = selected(doc, profile, "phase");
        Phase phase = phaseLabel
                .flatMap(label -> phaseOf(label, profile.phaseLabels()))
                .orElse(null);

        return new Extracted(
                TextCut.cut(title, Practice.TITLE_MAX_LENGTH),
                TextCut.cut(summary, Practice.SUMMARY_MAX_LENGTH),
                TextCut.cut(description, Practice.DESCRIPTION_MAX_LENGTH),
                selected(doc, profile, "organisation")
                        .or(() -> jsonLd.flatMap(JsonLd::organisation))
                        .orElse(null),
                selected(doc, profile, "state").orElse(null),
                selected(doc, profile, "population")
                        .flatMap(GermanNumbers::integer)
                        .orElse(null),
                selected(doc, profile, "area").flatMap(GermanNumbers::decimal).orElse(null),
                phase,
                phaseLabel.orElse(null),
                List.copyOf(codes),
                List.copyOf(unknown),
                keywords.stream()
                        .map(k -> TextCut.cut(k, Practice.TAG_MAX_LENGTH))
                        .distinct()
                        .limit(Practice.MAX_TAGS)
                        .toList(),
                selected(doc, profile, "contact").orElse(null),
                language(doc, profile, jsonLd));
    }

    private static Optional<Concept> conceptNamedBy(String label, List<Concept> concepts) {
        return concepts.stream().filter(c -> c.isNamedBy(label)).findFirst();
    }

    private static Optional<Phase> phaseOf(String label, Map<String, Phase> phaseLabels) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Phase> e : phaseLabels.entrySet()) {
            if (e.getKey().strip().toLowerCase(Locale.ROOT).equals(wanted)) return Optional.of(e.getValue());
        }
        for (Phase p : Phase.values()) {
            if (p.name().equalsIgnoreCase(wanted)) return Optional.of(p);
        }
        return Optional.ofNullable(COMMON_PHASE_LABELS.get(wanted));
    }

    private static String language(Document doc, Profile profile, Optional<JsonLd> jsonLd) {
        if (profile.language() != null) return profile.language();
        String declared = jsonLd.flatMap(JsonLd::language).orElseGet(() -> {
            Element html = doc.selectFirst("html");
            return html == null ? "" : html.attr("lang");
        });
        String code = declared.length() >= 2 ? declared.substring(0, 2).toLowerCase(Locale.ROOT) : "";
        return Language.ofCode(code).code();
    }

    private static Optional<String> selected(Document doc, Profile profile, String field) {
        String selector = profile.selector(field);
        if (selector == null) return Optional.empty();
        return Optional.ofNullable(doc.selectFirst(selector))
                .map(Element::text)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static List<String> selectedAll(Document doc, Profile profile, String field) {
        String selector = profile.selector(field);
        List<String> values = new ArrayList<>();
        if (selector == null) return values;
        for (Element e : doc.select(selector)) {
            addOnce(values, e.text());
        }
        return values;
    }

    private static Optional<String> selectedHtml(Document doc, Profile profile, String field) {
        String selector = profile.selector(field);
        if (selector == null) return Optional.empty();
        Elements found = doc.select(selector);
        if (found.isEmpty()) return Optional.empty();
        StringBuilder markdown = new StringBuilder();
        for (Element e : found) {
            if (!markdown.isEmpty()) markdown.append("\n\n");
            markdown.append(toMarkdown(e));
        }
        String text = markdown.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Sanitises the element's HTML (links made absolute first, so they survive) and converts it. */
    static String toMarkdown(Element element) {
        Element copy = element.clone();
        for (Element a : copy.select("a[href]")) {
            String absolute = element.baseUri().isEmpty() ? a.attr("href") : a.absUrl("href");
            a.attr("href", absolute);
        }
        String clean = HtmlSanitizer.clean(copy.outerHtml());
        Document fragment = Jsoup.parseBodyFragment(clean);
        return HtmlToMarkdown.convert(fragment.body());
    }

    private static String mainTextMarkdown(Element main, String title) {
        Element copy = main.clone();
        for (Element h : copy.select("h1")) {
            if (h.text().strip().equals(title)) h.remove();
        }
        return toMarkdown(copy);
    }

    private static Optional<String> firstParagraph(Element main) {
        for (Element p : main.select("p")) {
            String text = p.text().strip();
            if (text.length() >= MIN_SUMMARY_PARAGRAPH) return Optional.of(text);
        }
        String all = main.text().strip();
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    private static Optional<String> meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null
                ? Optional.empty()
                : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> firstText(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }

    private static List<String> metaKeywords(Document doc) {
        List<String> keywords = new ArrayList<>();
        meta(doc, "meta[name=keywords]").ifPresent(k -> {
            for (String part : k.split(",")) addOnce(keywords, part);
        });
        return keywords;
    }

    private static void addOnce(List<String> values, String value) {
        String v = value.strip();
        if (!v.isEmpty() && !values.contains(v)) values.add(v);
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private @Nullable T value;

            @Override
            public T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }

    /** Parses fetched bytes leniently, as browsers do; a broken page still yields what it has. */
    public static Document parse(byte[] body, java.nio.charset.@Nullable Charset charset, String url) {
        try {
            return Jsoup.parse(new java.io.ByteArrayInputStream(body), charset == null ? null : charset.name(), url);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Reading an in-memory page cannot fail: " + url, e);
        }
    }

    /** The absolute targets of the page's links, each once, in page order. */
    public static List<String> links(Document doc) {
        // A set: a page with tens of thousands of links costs one lookup per link, not a list scan.
        Set<String> links = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.absUrl("href");
            if (!href.isEmpty()) links.add(href);
        }
        return List.copyOf(links);
    }
}
