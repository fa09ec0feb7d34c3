package de.smilecity.exchange.crawl.internal.parse;

import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.ALIGNED;
import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.JSON_LD;
import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.LABELLED;
import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.META;
import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.PROFILE;
import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.PROSE;
import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.SHAPED;
import static de.smilecity.exchange.crawl.internal.parse.FieldOrigin.TEXT;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.Costs;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.HtmlSanitizer;
import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.shared.Markdown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of a project report from a page — a pure function of the page, the source's
 * profile and the innovation-field vocabulary. Per field: the profile's selector if it has one and
 * it matches; otherwise schema.org JSON-LD, then OpenGraph and {@code <meta>}, then the page's
 * label/value structures, then its visible text (see {@link #extract}). Everything leaves as plain
 * text cleaned by {@link HtmlSanitizer#plainText} or as Markdown made from HTML that passed
 * {@link HtmlSanitizer}.
 */
public final class PageExtractor {

    /** Shortest paragraph that may stand in for a missing summary. */
    private static final int MIN_SUMMARY_PARAGRAPH = 40;

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
     * Reads every field of the page. Per field, the first place that has a value wins, in this order:
     * the profile's selector ({@link FieldOrigin#PROFILE}), the page's JSON-LD, its meta tags, its
     * label/value structures ({@link LabelledFacts}), its visible text. Not every field is asked of
     * every place: JSON-LD gives title, description, keywords, organisation and language; label/value
     * structures give the facts (state, population, area, phase, contact, costs, period, funding),
     * which are never guessed from running text, where a number rarely is the fact it stands near.
     *
     * @param innovationFields the concepts of the innovation-field scheme, matched by label
     */
    public static Extracted extract(Document doc, Profile profile, List<Concept> innovationFields) {
        Optional<JsonLd> jsonLd = JsonLd.of(doc);
        Supplier<Element> main = memo(() -> MainText.of(doc));
        Supplier<LabelledFacts> facts = memo(() -> LabelledFacts.of(doc));
        Origins origins = new Origins();
        String language =
                origins.take("language", language(doc, profile, jsonLd)).orElse(Language.DEFAULT.code());
        // Where the shapes above find nothing: labels aligned with a value of their type, then sentences;
        // never for a fact the page says it does not know ("Kosten: k. A.").
        Supplier<Set<Fact>> unknownFacts = memo(() -> LabelledFacts.unknown(doc));
        Supplier<FactAlignment.Alignment> alignment = memo(() -> FactAlignment.Alignment.of(doc, language));
        Supplier<LabelledFacts> aligned =
                memo(() -> LabelledFacts.ofPairs(alignment.get().pairs()));
        Supplier<ProseFacts> prose = memo(() -> ProseFacts.of(doc));
        Supplier<SelfEvidentFacts> shaped = memo(() -> SelfEvidentFacts.of(alignment.get(), language));

        String title = origins.take(
                        "title",
                        found(PROFILE, selected(doc, profile, "title"))
                                .or(() -> found(JSON_LD, jsonLd.flatMap(JsonLd::title)))
                                .or(() -> found(META, meta(doc, "meta[property=og:title]")))
                                .or(() -> found(
                                        TEXT,
                                        Optional.ofNullable(MainHeading.of(doc))
                                                .map(h -> h.text().strip())
                                                .filter(t -> !t.isEmpty())))
                                .or(() -> found(META, nonBlank(doc.title()))))
                .orElse("");

        Optional<Found<String>> metaDescription = found(JSON_LD, jsonLd.flatMap(JsonLd::description))
                .or(() -> found(META, meta(doc, "meta[property=og:description]")))
                .or(() -> found(META, meta(doc, "meta[name=description]")));

        String description = origins.take(
                        "description",
                        found(PROFILE, selectedHtml(doc, profile, "description"))
                                // A plain text that becomes Markdown: cleaned first, as every plain text is.
                                .or(() -> metaDescription.map(
                                        d -> d.map(text -> HtmlToMarkdown.escape(HtmlSanitizer.plainText(text)))))
                                .or(() -> found(TEXT, nonBlank(mainTextMarkdown(main.get(), title)))))
                .orElse("");

        String summary = origins.take(
                        "summary",
                        found(PROFILE, selected(doc, profile, "summary"))
                                .or(() -> metaDescription)
                                .or(() -> found(TEXT, firstParagraph(main.get())))
                                .or(() -> found(TEXT, nonBlank(Markdown.toPlainText(description)))))
                .orElse("");

        Optional<Found<List<String>>> keywordsFound = profile.selector("keywords") != null
                ? found(PROFILE, nonEmpty(selectedAll(doc, profile, "keywords")))
                : found(JSON_LD, jsonLd.map(JsonLd::keywords).flatMap(PageExtractor::nonEmpty))
                        .or(() -> found(META, nonEmpty(metaKeywords(doc))));
        List<String> keywords = origins.take("keywords", keywordsFound).orElse(List.of());

        List<String> labels;
        if (profile.selector("innovationFields") != null) {
            labels = origins.take(
                            "innovationFields", found(PROFILE, nonEmpty(selectedAll(doc, profile, "innovationFields"))))
                    .orElse(List.of());
        } else {
            // A page nobody configured: its keywords that name an innovation field classify it.
            labels = keywords.stream()
                    .filter(k -> conceptNamedBy(k, innovationFields).isPresent())
                    .toList();
            if (!labels.isEmpty()) keywordsFound.ifPresent(k -> origins.note("innovationFields", k.origin()));
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String label : labels) {
            conceptNamedBy(label, innovationFields)
                    .ifPresentOrElse(c -> codes.add(c.getCode()), () -> addOnce(unknown, label));
        }

        String organisation = origins.take(
                        "organisation",
                        found(PROFILE, selected(doc, profile, "organisation"))
                                .or(() -> found(JSON_LD, jsonLd.flatMap(JsonLd::organisation))))
                .orElse(null);
        String state = origins.take(
                        "state",
                        found(PROFILE, selected(doc, profile, "state"))
                                .or(() -> found(LABELLED, facts.get().first(Fact.STATE, FactValues::state)))
                                .or(() -> unstated(Fact.STATE, unknownFacts)
                                        .flatMap(f ->
                                                found(ALIGNED, aligned.get().first(Fact.STATE, FactValues::state))))
                                .or(() -> unstated(Fact.STATE, unknownFacts)
                                        .flatMap(f -> found(PROSE, prose.get().state())))
                                .or(() -> unstated(Fact.STATE, unknownFacts)
                                        .flatMap(f -> found(
                                                SHAPED,
                                                shaped.get().value(Fact.STATE).flatMap(FactValues::state))))
                                // The region an SEO plugin put into the project's place, where the page's
                                // own text names none.
                                .or(() -> found(JSON_LD, jsonLd.flatMap(JsonLd::region))))
                .orElse(null);
        Integer population = origins.take(
                        "population",
                        found(PROFILE, selected(doc, profile, "population").flatMap(FactValues::population))
                                .or(() -> found(
                                        LABELLED,
                                        facts.get().first(Fact.POPULATION, (v, l) -> FactValues.population(v))))
                                .or(() -> unstated(Fact.POPULATION, unknownFacts)
                                        .flatMap(f -> found(
                                                ALIGNED,
                                                aligned.get()
                                                        .first(
                                                                Fact.POPULATION,
                                                                (v, l) -> FactAlignment.population(v)))))
                                .or(() -> unstated(Fact.POPULATION, unknownFacts)
                                        .flatMap(f -> found(PROSE, prose.get().population())))
                                .or(() -> unstated(Fact.POPULATION, unknownFacts)
                                        .flatMap(f -> found(
                                                SHAPED,
                                                shaped.get()
                                                        .value(Fact.POPULATION)
                                                        .flatMap(FactValues::population)))))
                .orElse(null);
        BigDecimal areaKm2 = origins.take(
                        "area",
                        found(PROFILE, selected(doc, profile, "area").flatMap(a -> FactValues.areaKm2(a, language)))
                                .or(() -> found(
                                        LABELLED,
                                        facts.get().first(Fact.AREA, (v, l) -> FactValues.areaKm2(v, language))))
                                .or(() -> unstated(Fact.AREA, unknownFacts)
                                        .flatMap(f -> found(
                                                ALIGNED,
                                                aligned.get()
                                                        .first(Fact.AREA, (v, l) -> FactValues.areaKm2(v, language)))))
                                .or(() -> unstated(Fact.AREA, unknownFacts)
                                        .flatMap(f -> found(PROSE, prose.get().areaKm2(language))))
                                .or(() -> unstated(Fact.AREA, unknownFacts)
                                        .flatMap(f -> found(
                                                SHAPED,
                                                shaped.get()
                                                        .value(Fact.AREA)
                                                        .flatMap(a -> FactValues.areaKm2(a, language))))))
                .orElse(null);
        Optional<String> phaseLabel = origins.take(
                "phase",
                found(PROFILE, selected(doc, profile, "phase"))
                        .or(() -> found(LABELLED, facts.get().first(Fact.PHASE, FactValues::phaseLabel)))
                        .or(() -> unstated(Fact.PHASE, unknownFacts)
                                .flatMap(
                                        f -> found(ALIGNED, aligned.get().first(Fact.PHASE, FactValues::phaseLabel)))));
        Phase phase = phaseLabel
                .flatMap(label -> phaseOf(label, profile.phaseLabels()))
                .orElse(null);
        if (phaseLabel.isEmpty() && unstated(Fact.PHASE, unknownFacts).isPresent()) {
            // Only sentences say where the project stands: their words are the label, their phase the phase.
            Optional<ProseDates.Stated> stated =
                    origins.take("phase", found(PROSE, prose.get().phase()));
            phaseLabel = stated.map(ProseDates.Stated::words);
            phase = stated.map(ProseDates.Stated::phase).orElse(null);
        }
        if (phaseLabel.isEmpty() && unstated(Fact.PHASE, unknownFacts).isPresent()) {
            phaseLabel = origins.take("phase", found(SHAPED, shaped.get().value(Fact.PHASE)));
            phase = phaseLabel
                    .flatMap(label -> phaseOf(label, profile.phaseLabels()))
                    .orElse(null);
        }
        String contact = origins.take(
                        "contact",
                        found(PROFILE, selected(doc, profile, "contact"))
                                .or(() ->
                                        found(LABELLED, facts.get().first(Fact.CONTACT, (v, l) -> FactValues.text(v))))
                                .or(() -> unstated(Fact.CONTACT, unknownFacts)
                                        .flatMap(f -> found(
                                                ALIGNED,
                                                aligned.get().first(Fact.CONTACT, (v, l) -> FactValues.text(v))))))
                .orElse(null);
        Money costs = origins.take(
                        "costs",
                        found(LABELLED, facts.get().first(Fact.COSTS, Money::of))
                                .or(() -> unstated(Fact.COSTS, unknownFacts)
                                        .flatMap(f ->
                                                found(ALIGNED, aligned.get().first(Fact.COSTS, Money::of))))
                                .or(() -> unstated(Fact.COSTS, unknownFacts)
                                        .flatMap(f -> found(PROSE, prose.get().costs())))
                                .or(() -> unstated(Fact.COSTS, unknownFacts)
                                        .flatMap(f -> found(
                                                SHAPED,
                                                shaped.get().value(Fact.COSTS).flatMap(c -> Money.of(c, ""))))))
                .orElse(null);
        Period period = origins.take(
                        "period",
                        found(
                                        LABELLED,
                                        // A line that states the start under its label and the end after a
                                        // comma ("Baubeginn: Mai 2026, Fertigstellung Ende 2027") gives its
                                        // end to the aligned reading, which cuts the line at the second label.
                                        period(facts.get())
                                                .map(p -> p.startYear() != null && p.endYear() != null
                                                        ? p
                                                        : unstated(Fact.PERIOD, unknownFacts)
                                                                .flatMap(f -> period(aligned.get()))
                                                                .map(p::orYearsOf)
                                                                .orElse(p)))
                                .or(() -> unstated(Fact.PERIOD, unknownFacts)
                                        .flatMap(f -> found(ALIGNED, period(aligned.get()))))
                                .or(() -> unstated(Fact.PERIOD, unknownFacts)
                                        .flatMap(f -> found(PROSE, prose.get().period())))
                                .or(() -> unstated(Fact.PERIOD, unknownFacts)
                                        .flatMap(f -> found(
                                                SHAPED,
                                                shaped.get().value(Fact.PERIOD).flatMap(Period::of)))))
                .orElse(null);
        String funding = origins.take(
                        "funding",
                        found(LABELLED, facts.get().first(Fact.FUNDING, (v, l) -> FactValues.text(v)))
                                .or(() -> unstated(Fact.FUNDING, unknownFacts)
                                        .flatMap(f -> found(
                                                ALIGNED,
                                                aligned.get().first(Fact.FUNDING, (v, l) -> FactValues.text(v))))))
                .map(f -> TextCut.cut(f, Costs.FUNDING_MAX_LENGTH))
                .orElse(null);

        return new Extracted(
                TextCut.cut(title, Practice.TITLE_MAX_LENGTH),
                TextCut.cut(summary, Practice.SUMMARY_MAX_LENGTH),
                TextCut.cut(description, Practice.DESCRIPTION_MAX_LENGTH),
                organisation,
                state,
                population,
                areaKm2,
                phase,
                phaseLabel.orElse(null),
                List.copyOf(codes),
                List.copyOf(unknown),
                keywords.stream()
                        .map(k -> TextCut.cut(k, Practice.TAG_MAX_LENGTH))
                        .distinct()
                        .limit(Practice.MAX_TAGS)
                        .toList(),
                contact,
                costs,
                period,
                funding,
                language,
                origins.asMap());
    }

    /** The fact when the page does not say it is unknown, else empty. */
    private static Optional<Fact> unstated(Fact fact, Supplier<Set<Fact>> unknown) {
        return unknown.get().contains(fact) ? Optional.empty() : Optional.of(fact);
    }

    /** The stated period, its missing years taken from a separately stated start or end. */
    private static Optional<Period> period(LabelledFacts facts) {
        Optional<Period> start = facts.first(Fact.START, (v, l) -> Period.starting(v));
        Optional<Period> end = facts.first(Fact.END, (v, l) -> Period.ending(v));
        // "läuft seit 2023", "Running since 2021": a status that dates its own beginning.
        Optional<Period> since = facts.first(Fact.PHASE, (v, l) -> Period.since(v));
        Optional<Period> stated = facts.first(Fact.PERIOD, (v, l) -> Period.of(v))
                .or(() -> start.or(() -> end))
                .or(() -> since);
        return stated.map(p -> start.map(p::orYearsOf).orElse(p))
                .map(p -> end.map(p::orYearsOf).orElse(p));
    }

    /** A value and the place it was found. */
    private record Found<T>(T value, FieldOrigin origin) {
        <R> Found<R> map(Function<T, R> mapper) {
            return new Found<>(mapper.apply(value), origin);
        }
    }

    private static <T> Optional<Found<T>> found(FieldOrigin origin, Optional<T> value) {
        return value.map(v -> new Found<>(v, origin));
    }

    /** Field name → the place its value came from, in the order the fields were read. */
    private static final class Origins {
        private final Map<String, FieldOrigin> byField = new LinkedHashMap<>();

        <T> Optional<T> take(String field, Optional<Found<T>> found) {
            found.ifPresent(f -> note(field, f.origin()));
            return found.map(Found::value);
        }

        void note(String field, FieldOrigin origin) {
            byField.put(field, origin);
        }

        Map<String, FieldOrigin> asMap() {
            return byField;
        }
    }

    private static Optional<Concept> conceptNamedBy(String label, List<Concept> concepts) {
        return concepts.stream().filter(c -> c.isNamedBy(label)).findFirst();
    }

    private static Optional<Phase> phaseOf(String label, Map<String, Phase> phaseLabels) {
        // Compared as the label will be stored: markup around "Umsetzung" must not hide the phase.
        String wanted = HtmlSanitizer.plainText(label).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Phase> e : phaseLabels.entrySet()) {
            if (e.getKey().strip().toLowerCase(Locale.ROOT).equals(wanted)) return Optional.of(e.getValue());
        }
        return PhaseWords.phaseOf(wanted);
    }

    /** The language the profile sets, else the one the page declares; empty when neither says. */
    private static Optional<Found<String>> language(Document doc, Profile profile, Optional<JsonLd> jsonLd) {
        Optional<Found<String>> declared = profile.language() != null
                ? found(PROFILE, Optional.of(profile.language()))
                : found(JSON_LD, jsonLd.flatMap(JsonLd::language))
                        .or(() -> found(
                                META,
                                Optional.ofNullable(doc.selectFirst("html")).flatMap(h -> nonBlank(h.attr("lang")))));
        return declared.map(d -> d.map(PageExtractor::languageCode));
    }

    private static String languageCode(String declared) {
        String code = declared.length() >= 2 ? declared.substring(0, 2).toLowerCase(Locale.ROOT) : "";
        return Language.ofCode(code).code();
    }

    private static Optional<String> selected(Document doc, Profile profile, String field) {
        String selector = profile.selector(field);
        if (selector == null) return Optional.empty();
        return Optional.ofNullable(doc.selectFirst(selector))
                .map(Element::text)
                .map(String::strip)
                .filter(s -> !NoValue.is(s));
    }

    private static Optional<String> nonBlank(String text) {
        String s = text.strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<List<String>> nonEmpty(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
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
