package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Facts read without knowing the page's layout: the page's content is read as a sequence of short
 * texts in reading order (split at blocks, line breaks, emphasis and spans, at a colon or a spaced
 * dash after a label, and between the items of one line), and each text that is nothing but a label
 * of a {@link Fact} takes the nearest text after it — or, failing that, before it in the same block,
 * as stat tiles and "by the numbers" lists put the figure first — whose value has the fact's type: a
 * count for the population, an area with its unit, an amount of money, a year or a range of years, a
 * phase word, a region. It never looks past another label, nor further than {@value #WINDOW} texts
 * away, and a text already taken by one label is not taken by another.
 *
 * <p>So {@code <p><strong>Einwohner</strong><br>2.180</p>}, a heading over a paragraph, a box of
 * "<b>Label</b> value" lines, label and value spans and "14,900 residents" all read alike, whatever
 * the CMS. The readers of {@link LabelledFacts} know their shapes better and win; this fills only what
 * they left empty, and because it demands the value's type, a year is never a population, a phone
 * number never money, a sentence never a phase.
 */
final class FactAlignment {

    /** How far apart the block numbers of two sibling blocks are: one closed, the next opened. */
    private static final int SIBLING_BLOCKS = 2;

    /** Longest figure of a tile. */
    private static final int MAX_FIGURE = 20;

    /** Words after which the rest of a label says whose fact it is ("residents in the town and its hamlets"). */
    private static final Set<String> OWNER_WORDS = Set.of("in", "im", "of", "der", "des", "within", "across");

    /** Most words of a label that says whose fact it is. */
    private static final int MAX_OWNED_LABEL_WORDS = 8;

    /** Texts after a label (counting texts of other blocks) within which its value must stand. */
    static final int WINDOW = 3;

    /** Longest text that may be a value here; longer is a sentence, which {@link ProseFacts} reads. */
    private static final int MAX_VALUE = 80;

    private static final String NOT_CONTENT = "script, style, noscript, template, nav, form, button, dialog, select,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=dialog], [aria-hidden=true], [hidden]";
    private static final String CONTENT = "main, [role=main], article";

    /** Inline elements that set a label or a value apart from the text around it. */
    private static final Set<String> SEPARATING_INLINE = Set.of("strong", "b", "span", "label", "small", "em", "i");

    private static final Pattern COLON =
            Pattern.compile("^\\s*([^:：]{1," + Fact.MAX_LABEL_LENGTH + "}?)\\s*[:：]\\s*(.+)$");
    private static final Pattern DASH = Pattern.compile("^\\s*(.{1," + Fact.MAX_LABEL_LENGTH + "}?)\\s+[—–-]\\s+(.+)$");

    static final String QUALIFIER = "(?:ca\\.?|circa|rund|etwa|knapp|gut|über|fast|about|around|approx\\.?"
            + "|approximately|some|nearly|almost|over|roughly|more than|mehr als)";
    static final String COUNT = "\\d{1,3}(?:[.,'\\u00a0\\u202f ]\\d{3})+|\\d+";
    /** A count and nothing else worth a word: "ca. 4.900", "9 815", "11.240 (2023)". */
    private static final Pattern POPULATION = Pattern.compile("(?iu)^(?:" + QUALIFIER + "\\s*)?(" + COUNT
            + ")(?:\\s+(?:einwohner\\p{L}*|inhabitants|residents|people|menschen|ew\\.?))?(?:\\s*\\([^)]*\\))?\\.?$");

    /** Where a sentence's first clause ends: a comma, semicolon, colon or full stop before a space. */
    private static final Pattern FIRST_CLAUSE = Pattern.compile("[,;:.](?=\\s)|\\.$");

    private static final Pattern PLAIN_YEAR = Pattern.compile("^(?:19|20)\\d\\d$");

    /** Fewest people a municipality has: a smaller count is a number of things. */
    static final int MIN_POPULATION = 50;

    /** A text of the sequence: the label it is, or a value, and the block it stands in. */
    record Text(String text, int block, @Nullable Fact fact, boolean place) {
        boolean label() {
            return fact != null || place;
        }
    }

    private FactAlignment() {}

    /** The facts aligned on the page, in page order, each with the text taken as its value. */
    static List<LabelledFacts.Pair> of(Document doc, String language) {
        return align(texts(doc), language).pairs();
    }

    /**
     * The facts aligned in a sequence of texts, which texts they took (a label's answer, or a text that
     * said the label's fact is unknown) and which labels found their answer.
     */
    record Alignment(List<Text> texts, List<LabelledFacts.Pair> pairs, boolean[] taken, boolean[] answered) {

        /** The page's texts and their alignment, read once for every reader that needs them. */
        static Alignment of(Document doc, String language) {
            return align(FactAlignment.texts(doc), language);
        }
    }

    static Alignment align(List<Text> texts, String language) {
        List<LabelledFacts.Pair> pairs = new ArrayList<>();
        List<LabelledFacts.Pair> placed = new ArrayList<>();
        boolean[] taken = new boolean[texts.size()];
        boolean[] answered = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Text label = texts.get(i);
            if (!label.label()) continue;
            for (int j : candidates(texts, i)) {
                if (taken[j]) continue;
                Text value = texts.get(j);
                if (NoValue.is(value.text())) {
                    taken[j] = true; // stated as unknown: the label has its answer
                    answered[i] = true;
                    break;
                }
                Optional<String> read = accept(label, value.text(), language);
                if (read.isPresent()) {
                    taken[j] = true;
                    answered[i] = true;
                    LabelledFacts.Pair pair = new LabelledFacts.Pair(
                            label.fact() != null ? label.fact() : Fact.STATE, label.text(), read.get());
                    // A region read from a place's value comes after one stated under a state's label.
                    if (label.place()) placed.add(pair);
                    else pairs.add(pair);
                    break;
                }
            }
        }
        pairs.addAll(placed);
        return new Alignment(texts, pairs, taken, answered);
    }

    /** Where a label's value may be: after it in its block, before it in its block, then after it. */
    private static List<Integer> candidates(List<Text> texts, int i) {
        List<Integer> order = new ArrayList<>();
        int block = texts.get(i).block();
        for (int j = i + 1;
                j < texts.size()
                        && texts.get(j).block() == block
                        && !texts.get(j).label();
                j++) {
            order.add(j);
        }
        for (int j = i - 1;
                j >= 0 && texts.get(j).block() == block && !texts.get(j).label();
                j--) {
            order.add(j);
        }
        // A tile puts its figure in a block of its own just before the words that say what it counts
        // ("4,300" over "residents in the town"), the two alone in their box: that figure comes before
        // the texts after the label, which belong to the next tile.
        boolean tile = tileFigure(texts, i);
        if (tile) order.add(i - 1);
        for (int j = i + 1; j < texts.size() && j <= i + WINDOW && !texts.get(j).label(); j++) {
            if (!order.contains(j)) order.add(j);
        }
        return order;
    }

    /** Whether the text before the label is a figure that shares a box of two sibling blocks with it. */
    private static boolean tileFigure(List<Text> texts, int i) {
        if (i == 0) return false;
        Text label = texts.get(i);
        Text figure = texts.get(i - 1);
        boolean siblings = figure.block() == label.block() - SIBLING_BLOCKS;
        boolean openedBefore = i < 2 || texts.get(i - 2).block() < figure.block() - SIBLING_BLOCKS;
        boolean closedAfter = i + 1 >= texts.size() || texts.get(i + 1).block() > label.block() + SIBLING_BLOCKS;
        return siblings
                && openedBefore
                && closedAfter
                && !figure.label()
                && figure.text().length() <= MAX_FIGURE;
    }

    /** The value's text if it has the type of the label's fact. */
    static Optional<String> accept(Text label, String text, String language) {
        String whole = text.replace('\u00a0', ' ').strip();
        // A question's answer is a sentence that gives the value first: "Roughly 640, spread across …".
        String v = label.text().strip().endsWith("?") ? FIRST_CLAUSE.split(whole, 2)[0].strip() : whole;
        if (v.isEmpty() || v.length() > MAX_VALUE) return Optional.empty();
        if (label.place()) return Regions.inPlace(v);
        Fact fact = label.fact();
        if (fact == null) return Optional.empty();
        return switch (fact) {
            case POPULATION -> population(v).map(n -> v);
            case AREA -> area(v, language).map(a -> v);
            case COSTS -> money(v, label.text()).map(m -> v);
            case PERIOD -> years(v).flatMap(Period::of).map(p -> v);
            case START -> years(v).flatMap(Period::starting).map(p -> v);
            case END -> years(v).flatMap(Period::ending).map(p -> v);
            case PHASE ->
                v.length() <= FactValues.PHASE_LABEL_MAX_LENGTH
                                && PhaseWords.phaseOf(v).isPresent()
                        ? Optional.of(v)
                        : Optional.empty();
            case STATE -> {
                Optional<String> ofKind = FactValues.regionOfKind(v, label.text());
                if (ofKind.isPresent()) yield ofKind;
                if (Regions.isRegion(v)) yield Optional.of(v);
                Optional<String> inside = Regions.inPlace(v);
                yield inside.isPresent() ? inside : FactValues.state(v).filter(s -> s.split(" ").length <= 3);
            }
            case CONTACT, FUNDING -> v.chars().anyMatch(Character::isLetter) ? Optional.of(v) : Optional.empty();
        };
    }

    /** A count that can be a population: not a year, not money, not an area, not a share. */
    static Optional<Integer> population(String v) {
        Matcher m = POPULATION.matcher(v);
        if (!m.matches() || PLAIN_YEAR.matcher(m.group(1)).matches()) return Optional.empty();
        return FactValues.population(m.group(1)).filter(n -> n >= MIN_POPULATION);
    }

    /** An area with its unit (km², ha); a bare number or square metres are no municipality's area. */
    private static Optional<java.math.BigDecimal> area(String v, String language) {
        if (!GermanNumbers.withAreaUnit(v, language)) return Optional.empty();
        return FactValues.areaKm2(v, language);
    }

    /** An amount that names its currency, here or in its label; a number alone may be anything. */
    private static Optional<Money> money(String v, String label) {
        if (!Money.namesACurrency(v) && !Money.namesACurrency(label)) return Optional.empty();
        if (v.contains("%") || v.contains("+")) return Optional.empty();
        return Money.of(v, label);
    }

    /** A text that dates something and is no amount or area. */
    private static Optional<String> years(String v) {
        if (Money.namesACurrency(v) || GermanNumbers.withAreaUnit(v, "de")) return Optional.empty();
        return Optional.of(v);
    }

    /** The page's content as short texts in reading order. */
    static List<Text> texts(Document doc) {
        Element body = doc.body().clone();
        CollapsedPanels.open(body);
        body.select(NOT_CONTENT).remove();
        for (Element e : body.select("[id], [class]")) {
            if (e.parent() != null
                    && (MainText.BANNER.matcher(e.id()).find()
                            || MainText.BANNER.matcher(e.className()).find())) {
                e.remove();
            }
        }
        // Tables are read by their rows and columns ({@link LabelledFacts}), which tell a fact sheet from a
        // list of places or a series; read as a mere sequence, a list's first row would pass for a fact.
        body.select("table").remove();
        Element root = body.selectFirst(CONTENT);
        if (root == null) {
            for (Element frame : body.select("header, footer")) frame.remove();
            root = body;
        }
        List<String> raw = new ArrayList<>();
        List<Integer> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] block = {0};
        collect(root, current, raw, blocks, block);
        flush(current, raw, blocks, block[0]);
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) split(raw.get(i), blocks.get(i), texts);
        return texts;
    }

    private static void collect(Element e, StringBuilder current, List<String> raw, List<Integer> blocks, int[] block) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.text());
            } else if (child instanceof Element el) {
                boolean isBlock = el.tag().isBlock() || el.nameIs("br");
                boolean separates = isBlock || SEPARATING_INLINE.contains(el.normalName());
                if (separates) flush(current, raw, blocks, block[0]);
                if (el.tag().isBlock()) block[0]++;
                collect(el, current, raw, blocks, block);
                if (separates) flush(current, raw, blocks, block[0]);
                if (el.tag().isBlock()) block[0]++;
            }
        }
    }

    private static void flush(StringBuilder current, List<String> raw, List<Integer> blocks, int block) {
        String s = Pictographs.stripLeading(
                        current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " "))
                .strip();
        current.setLength(0);
        if (s.isEmpty()) return;
        raw.add(s);
        blocks.add(block);
    }

    /** One text as label and value texts: items of a line, "Label: value", "Label – value", "12 Einwohner". */
    private static void split(String text, int block, List<Text> into) {
        List<String> items = new ArrayList<>();
        for (String item : LabelledFacts.ITEMS.split(text)) items.addAll(beforeLabels(item));
        for (String item : items) {
            String s = item.strip();
            if (s.isEmpty()) continue;
            // A phase's value may itself be a label's word ("Status" / "Umsetzung"): right after the
            // phase's label it is that value.
            boolean afterPhase = !into.isEmpty() && into.getLast().fact() == Fact.PHASE;
            if (!afterPhase && asLabel(s, block, into)) continue;
            Matcher colon = COLON.matcher(s);
            if (colon.matches() && labelOf(colon.group(1)) != null) {
                asLabel(colon.group(1), block, into);
                into.add(new Text(colon.group(2).strip(), block, null, false));
                continue;
            }
            Matcher dash = DASH.matcher(s);
            if (dash.matches() && labelOf(dash.group(1)) != null) {
                asLabel(dash.group(1), block, into);
                into.add(new Text(dash.group(2).strip(), block, null, false));
                continue;
            }
            if (valueThenLabel(s, block, into)) continue;
            if (labelThenFigure(s, block, into)) continue;
            if (items.size() >= MIN_LINE_ITEMS)
                unlabelledItem(s).ifPresent(f -> into.add(new Text(s, block, f, false)));
            into.add(new Text(s, block, null, false));
        }
    }

    /** Items a line of facts needs before an item may go without its label. */
    private static final int MIN_LINE_ITEMS = 3;

    private static final Pattern BARE_YEARS = Pattern.compile("^(?:19|20)\\d\\d\\s*[–—-]\\s*(?:19|20)\\d\\d$");

    private static final int MAX_PHASE_WORDS = 3;

    /**
     * A line of a project's figures ("Population 1,870 | Area 24 km² | 2023–2025 | In progress")
     * leaves the label off where the value says what it is: a bare span of years is the project's
     * period, a short status phrase its phase. The item then stands as its own label and value.
     */
    private static Optional<Fact> unlabelledItem(String item) {
        if (BARE_YEARS.matcher(item).matches()) return Optional.of(Fact.PERIOD);
        boolean shortPhrase = item.split("\\s+").length <= MAX_PHASE_WORDS && !item.matches(".*\\d.*");
        return shortPhrase && PhaseWords.phaseOf(item).isPresent() ? Optional.of(Fact.PHASE) : Optional.empty();
    }

    /** Facts whose value is a figure, which alone may follow their label without a colon. */
    private static final Set<Fact> FIGURES =
            Set.of(Fact.POPULATION, Fact.AREA, Fact.COSTS, Fact.PERIOD, Fact.START, Fact.END);

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]\\s+");

    /**
     * An item cut where a clause begins with a label and a figure: "März 2025, Fertigstellung Ende
     * 2025" are two facts, "9,7 km², Landkreis Sömmerda" stays one text.
     */
    private static List<String> beforeLabels(String item) {
        List<String> parts = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(item);
        int from = 0;
        while (m.find()) {
            String rest = item.substring(m.end());
            int next = rest.indexOf(',');
            String clause = next < 0 ? rest : rest.substring(0, next);
            if (labelAndFigure(clause.strip()) != null) {
                parts.add(item.substring(from, m.start()));
                from = m.end();
            }
        }
        parts.add(item.substring(from));
        return parts;
    }

    /**
     * "Bauzeit 04/2021 bis 10/2023", "Investitionsvolumen rund 3,5 Mio. Euro": a label of one word and a
     * figure after it with no colon between, as lines of items write them.
     */
    private static boolean labelThenFigure(String s, int block, List<Text> into) {
        Integer words = labelAndFigure(s);
        if (words == null) return false;
        String[] w = s.split(" ");
        asLabel(String.join(" ", java.util.Arrays.copyOfRange(w, 0, words)), block, into);
        into.add(new Text(String.join(" ", java.util.Arrays.copyOfRange(w, words, w.length)), block, null, false));
        return true;
    }

    /** How many words of the text are a fact's label followed by a value with a figure, or null. */
    private static @Nullable Integer labelAndFigure(String s) {
        if (s.length() > MAX_VALUE) return null;
        String[] words = s.split(" ");
        // One word only: "Kosten pro Einwohner 2,16 €" is no project's costs, though "Kosten pro" reads as a label.
        String tail = s.substring(words[0].length()).strip();
        if (words.length > 1
                && Fact.named(words[0]).filter(FIGURES::contains).isPresent()
                && tail.indexOf(':') < 0
                && tail.chars().anyMatch(Character::isDigit)) return 1;
        return null;
    }

    /** "23,100 inhabitants", "4,2 Mio. € Gesamtkosten": a figure followed by the label it is. */
    private static boolean valueThenLabel(String s, int block, List<Text> into) {
        if (s.length() > MAX_VALUE || s.isEmpty() || !Character.isDigit(firstDigitOrLetter(s))) return false;
        String[] words = s.split(" ");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - n));
            Optional<Fact> fact = Fact.named(tail);
            if (fact.isPresent() && head.chars().anyMatch(Character::isDigit)) {
                into.add(new Text(head, block, null, false));
                into.add(new Text(tail, block, fact.get(), false));
                return true;
            }
        }
        return false;
    }

    private static char firstDigitOrLetter(String s) {
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c)) return c;
        }
        return ' ';
    }

    private static boolean asLabel(String s, int block, List<Text> into) {
        String label = s.strip();
        Fact fact = labelOf(label);
        if (fact != null) {
            into.add(new Text(label, block, fact, false));
            return true;
        }
        if (Fact.namesThePlace(label)) {
            into.add(new Text(label, block, null, true));
            return true;
        }
        return false;
    }

    /**
     * The fact a text names as a label: a label of the catalogue, or one followed by a place's name
     * ("Einwohnerzahl Glanmühl", "Population Valkenrade").
     */
    private static @Nullable Fact labelOf(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > Fact.MAX_LABEL_LENGTH) return null;
        Optional<Fact> fact = Fact.named(s);
        if (fact.isPresent()) return fact.get();
        String[] words = s.split(" ");
        // "residents in the municipality and its three hamlets": the tile's words for a population.
        if (words.length >= 3
                && words.length <= MAX_OWNED_LABEL_WORDS
                && OWNER_WORDS.contains(words[1].toLowerCase(java.util.Locale.ROOT))
                && Fact.named(words[0]).filter(f -> f == Fact.POPULATION).isPresent()) {
            return Fact.POPULATION;
        }
        if (words.length == 2 && Character.isUpperCase(words[1].codePointAt(0))) {
            Optional<Fact> head = Fact.named(words[0]);
            if (head.isPresent() && head.get() != Fact.STATE && !Fact.namesThePlace(words[0])) return head.get();
        }
        return null;
    }
}
