package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The label/value pairs a page states without anyone having configured where: rows of two cells
 * ({@code <th>Einwohner</th><td>…</td>}, {@code <td class="label">…</td><td>…</td>}, or the value
 * first where the second column is the one that names facts), a heading row of labels over one row
 * of values, definition lists ({@code <dt>}/{@code <dd>}), an element whose class names it a label
 * followed by its value, two blocks side by side of which the first is a label (page builders' column
 * and grid rows), and "Label: value" or "Label — value" lines in paragraphs, list items and
 * {@code <br>}-separated text (also as {@code <strong>Label:</strong> value}). Only pairs whose label
 * names a {@link Fact} are kept, in page order; a value that says "k. A." or "n/a" is no value.
 *
 * <p>Rows with more than two filled cells are series (a budget by year, a comparison), not facts,
 * and are passed over, so a year or an amount in them is never taken for a population; so is a
 * heading row of labels over several rows, a list of places rather than one project's sheet.
 */
final class LabelledFacts {

    /** One stated fact: the label as the page wrote it and the value's text. */
    record Pair(Fact fact, String label, String value) {}

    // Navigation, the page's own header and footer and anything not shown never state the project's
    // facts, but the site's "Kontakt: …" often sits there. Asides stay: fact boxes live in them.
    private static final String NOT_CONTENT = "script, style, noscript, template, nav, form, button, dialog,"
            + " [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    private static final String PAGE_FRAME = "header, footer";
    private static final String CONTENT = "main, article, [role=main]";
    // A class that ends in "label" ("label", "field__label", "fact-label"), not a modifier such as
    // "field--label-inline", whose element holds label and value together.
    private static final Pattern LABEL_CLASS = Pattern.compile("(?i)(?:^|[-_])label$");
    // "Label: value" at the first colon, except the one of a gender form ("Ansprechpartner:in: …").
    private static final Pattern LINE =
            Pattern.compile("^\\s*([^:：]{1," + Fact.MAX_LABEL_LENGTH + "}?(?::in(?:nen)?)?)\\s*[:：]\\s*(.+)$");
    // "Label — value" and "Label – value": a dash with spaces around it, as a colon.
    private static final Pattern DASH_LINE =
            Pattern.compile("^\\s*([^:：—–]{1," + Fact.MAX_LABEL_LENGTH + "}?)\\s+[—–-]\\s+(.+)$");
    private static final String VALUE_LINE_SEPARATOR = ", ";
    /** What separates items written on one line: a middle dot, a bullet or a bar with spaces around. */
    static final Pattern ITEMS = Pattern.compile("\\s+[·•|]\\s+");

    /** Heading cells that name facts from which a heading row labels the row of values below it. */
    private static final int MIN_HEADING_FACTS = 2;

    /** Longest value beside a label in a two-column block; longer is a paragraph that merely follows it. */
    private static final int MAX_COLUMN_VALUE = 200;

    /** Blocks whose two children are read by their own rules, or are no label and value. */
    private static final Set<String> NOT_COLUMNS =
            Set.of("table", "thead", "tbody", "tfoot", "tr", "dl", "ul", "ol", "body", "html");

    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

    private final List<Pair> pairs;

    private LabelledFacts(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /** Facts found otherwise, to be asked as these are. */
    static LabelledFacts ofPairs(List<Pair> pairs) {
        return new LabelledFacts(pairs);
    }

    /** The facts the page states, from a cleaned copy of it; the page itself stays untouched. */
    static LabelledFacts of(Document doc) {
        List<Pair> found = new ArrayList<>();
        walk(doc, (label, value) -> add(label, value, found));
        // A region read from a place's value comes after any the page states under a state's label.
        List<Pair> ordered = new ArrayList<>(
                found.stream().filter(p -> !Fact.namesThePlace(p.label())).toList());
        ordered.addAll(found.stream().filter(p -> Fact.namesThePlace(p.label())).toList());
        return new LabelledFacts(ordered);
    }

    /**
     * The facts the page names under a label but gives no value for yet ("Budget: tbc"): not stated,
     * yet the label shows what kind of page it is.
     */
    static Set<Fact> unknown(Document doc) {
        Set<Fact> found = java.util.EnumSet.noneOf(Fact.class);
        walk(doc, (label, value) -> {
            String v = value.replace('\u00a0', ' ').strip();
            if (!v.isEmpty() && NoValue.is(v)) found.addAll(Fact.namedAll(label));
        });
        return found;
    }

    /**
     * Whether the page states a deadline under a label ("Deadline", "Bewerbungsfrist", "Closing
     * date"): it invites applications — a call for proposals, a job, a tender — where a project page
     * tells what was done.
     */
    static boolean statesADeadline(Document doc) {
        boolean[] found = {false};
        walk(doc, (label, value) -> {
            if (!value.isBlank() && DEADLINES.contains(Fact.normalise(label))) found[0] = true;
        });
        return found[0];
    }

    /** Labels of a date by which one must apply or hand something in, normalised. */
    private static final Set<String> DEADLINES = Set.of(
            "deadline",
            "application deadline",
            "submission deadline",
            "closing date",
            "apply by",
            "frist",
            "bewerbungsfrist",
            "bewerbungsschluss",
            "einsendeschluss",
            "einreichungsfrist",
            "antragsfrist",
            "abgabefrist");

    /** Hands each label and value the page states, in page order, to the sink, whatever fact it names. */
    static void eachPair(Document doc, BiConsumer<String, String> into) {
        walk(doc, into);
    }

    /** Hands each label and value the page states, in page order, to the sink. */
    private static void walk(Document doc, BiConsumer<String, String> into) {
        Element body = doc.body().clone();
        CollapsedPanels.open(body);
        body.select(NOT_CONTENT).remove();
        for (Element frame : body.select(PAGE_FRAME)) {
            if (frame.closest(CONTENT) == null) frame.remove();
        }
        for (Element e : body.getAllElements()) {
            switch (e.normalName()) {
                case "table" -> table(e, into);
                case "dt" -> term(e, into);
                default -> {
                    if (hasLabelClass(e)) labelled(e, into);
                    if (e.tag().isBlock()) {
                        column(e, into);
                        lines(e, into);
                    }
                }
            }
        }
    }

    List<Pair> pairs() {
        return pairs;
    }

    /**
     * The facts the page states under their own label; a region only read from a place's value
     * ("Ort: Stadthalle, Thüringen") is no stated fact of the page's kind, since events and venues
     * name places too.
     */
    Set<Fact> stated() {
        Set<Fact> facts = java.util.EnumSet.noneOf(Fact.class);
        for (Pair p : pairs) {
            if (!Fact.namesThePlace(p.label())) facts.add(p.fact());
        }
        return facts;
    }

    /**
     * The first value stated for the fact that the reader accepts, in page order.
     *
     * @param reader value and label to the fact's value, empty when the value is none
     */
    <T> Optional<T> first(Fact fact, BiFunction<String, String, Optional<T>> reader) {
        for (Pair pair : pairs) {
            if (pair.fact() != fact) continue;
            Optional<T> value = reader.apply(pair.value(), pair.label());
            if (value.isPresent()) return value;
        }
        return Optional.empty();
    }

    /**
     * A table's facts, in one of three shapes: rows of a label and its value; rows of a value and its
     * label ("48,200 | Population"), told apart by which column names more facts, never by position
     * alone; or a heading row of labels over exactly one row of values. A heading row over several
     * rows is a list of places or a series and states nothing of one project.
     */
    private static void table(Element table, BiConsumer<String, String> into) {
        Grid grid = Grid.of(table);
        List<Element> headings = grid.headings();
        List<List<Element>> body = grid.body();
        if (grid.headedByFacts()) {
            if (body.size() != 1 || body.getFirst().size() != headings.size()) return;
            for (int i = 0; i < headings.size(); i++) {
                into.accept(headings.get(i).text(), valueText(body.getFirst().get(i)));
            }
            return;
        }
        int labelsFirst = 0;
        int labelsSecond = 0;
        for (List<Element> cells : body) {
            if (cells.size() != 2) continue;
            if (Fact.named(cells.getFirst().text()).isPresent()) labelsFirst++;
            if (Fact.named(cells.get(1).text()).isPresent()) labelsSecond++;
        }
        boolean valueFirst = labelsSecond > labelsFirst;
        for (List<Element> cells : body) {
            // A fact sheet folded into four columns holds two pairs a row, each label naming a fact.
            if (cells.size() == 4 && namesOrPlace(cells.get(0)) && namesOrPlace(cells.get(2))) {
                into.accept(cells.get(0).text(), valueText(cells.get(1)));
                into.accept(cells.get(2).text(), valueText(cells.get(3)));
                continue;
            }
            // Other rows with more than two filled cells are series, not facts.
            if (cells.size() != 2) continue;
            Element label = cells.get(valueFirst ? 1 : 0);
            Element value = cells.get(valueFirst ? 0 : 1);
            into.accept(label.text(), valueText(value));
        }
    }

    /**
     * The most rows any table of the page has under a heading row that names facts ("Council |
     * Region | Population" over one row per town): a list of places or projects, not one of them.
     */
    static int listedRows(Document doc) {
        int most = 0;
        for (Element table : doc.body().select("table")) {
            Grid grid = Grid.of(table);
            if (grid.headedByFacts()) most = Math.max(most, grid.body().size());
        }
        return most;
    }

    /** A table's heading row (empty without one) and its other rows, each as its cells. */
    private record Grid(List<Element> headings, List<List<Element>> body) {

        static Grid of(Element table) {
            List<Element> headings = new ArrayList<>();
            List<List<Element>> body = new ArrayList<>();
            Spans spans = new Spans();
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) continue;
                List<Element> cells = spans.row(tr);
                boolean beforeBody = body.isEmpty();
                boolean heading = tr.closest("thead") != null
                        || (!cells.isEmpty() && cells.stream().allMatch(c -> c.nameIs("th")))
                        || (beforeBody && labelRow(cells));
                // Of the heading rows above the body, the one that names most facts heads the columns: a
                // caption row spanning the table ("Projektdaten") may stand above it.
                if (heading && beforeBody) {
                    if (headings.isEmpty() || namesFacts(cells) > namesFacts(headings)) headings = cells;
                } else if (!heading) body.add(cells);
            }
            return new Grid(headings, body);
        }

        /**
         * A first row of plain cells that names facts in all but at most one of them (the place a
         * cell spanning the rows names), as tables built without {@code <th>} head their columns.
         */
        private static boolean labelRow(List<Element> cells) {
            int named = namesFacts(cells);
            long others = cells.stream()
                    .filter(c -> !c.text().isBlank() && Fact.named(c.text()).isEmpty())
                    .count();
            return named >= MIN_HEADING_FACTS && others <= 1;
        }

        boolean headedByFacts() {
            return namesFacts(headings) >= MIN_HEADING_FACTS;
        }
    }

    /**
     * The cells of a table's rows as columns, as a browser lays them out: a cell spanning rows stands in
     * its column of each row it covers, one spanning columns in each of them. Without it, the values
     * under a heading row are shifted by the cell that spans both.
     */
    private static final class Spans {

        /** Longest span taken as written; more is a broken attribute. */
        private static final int MAX_SPAN = 20;

        /** Per column, the cell that covers it and in how many rows from the current one on. */
        private final List<Element> covering = new ArrayList<>();

        private final List<Integer> rowsLeft = new ArrayList<>();

        /** The row's cells by column, without the empty ones it ends with. */
        List<Element> row(Element tr) {
            List<Element> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.nameIs("th") && !cell.nameIs("td")) continue;
                takeCovered(cells);
                int rowspan = span(cell, "rowspan");
                for (int i = span(cell, "colspan"); i > 0; i--) {
                    int column = cells.size();
                    cells.add(cell);
                    while (rowsLeft.size() <= column) {
                        rowsLeft.add(0);
                        covering.add(cell);
                    }
                    rowsLeft.set(column, rowspan);
                    covering.set(column, cell);
                }
            }
            takeCovered(cells);
            for (int c = 0; c < rowsLeft.size(); c++) rowsLeft.set(c, Math.max(0, rowsLeft.get(c) - 1));
            while (!cells.isEmpty() && cells.getLast().text().isBlank()) cells.removeLast();
            return cells;
        }

        /** Adds the cells of rows above that still cover the next columns. */
        private void takeCovered(List<Element> cells) {
            while (cells.size() < rowsLeft.size() && rowsLeft.get(cells.size()) > 0) {
                cells.add(covering.get(cells.size()));
            }
        }

        private static int span(Element cell, String attribute) {
            try {
                int n = Integer.parseInt(cell.attr(attribute).strip());
                return Math.max(1, Math.min(n, MAX_SPAN));
            } catch (NumberFormatException e) {
                return 1; // no span given, or a broken one: the cell covers its own place
            }
        }
    }

    private static int namesFacts(List<Element> cells) {
        return (int)
                cells.stream().filter(c -> Fact.named(c.text()).isPresent()).count();
    }

    /**
     * A block of exactly two blocks side by side — a short label and its value — as page builders lay
     * out a fact sheet in columns or a grid ({@code <div class="row"><div>Einwohner</div><div>5.730</div></div>}).
     * The label must name a fact and stand alone in its block; a block with text of its own besides
     * the two is running text.
     */
    private static void column(Element block, BiConsumer<String, String> into) {
        if (block.childrenSize() != 2 || NOT_COLUMNS.contains(block.normalName())) return;
        for (TextNode t : block.textNodes()) {
            if (!t.isBlank()) return;
        }
        Element first = block.child(0);
        Element second = block.child(1);
        // One block beside an inline part stacks them too ("<strong>12,300</strong><p>Residents</p>"),
        // and a list item of two inline parts ("<li><span>Town</span><span>Aldfield</span></li>") is
        // laid out the same way: the item is the row, its parts the columns.
        boolean parts = first.tag().isBlock() || second.tag().isBlock() || block.nameIs("li");
        if (!parts || first.is(HEADINGS) || second.is(HEADINGS)) return;
        if (names(first)) {
            String v = valueText(second);
            if (v.length() <= MAX_COLUMN_VALUE) into.accept(first.text(), v);
        } else if (names(second) && figure(first.text())) {
            // A figure over its caption, as a stat tile draws it ("41,800" over "Residents"): the
            // figure comes first only where it holds a digit, or says there is none yet ("tbc"), and
            // the caption alone names the fact.
            into.accept(second.text(), valueText(first));
        }
    }

    /** Whether an element holds a label of a fact or of the project's place ("Gemeinde"). */
    private static boolean namesOrPlace(Element e) {
        return names(e) || Fact.namesThePlace(e.text());
    }

    private static boolean figure(String text) {
        return text.chars().anyMatch(Character::isDigit) || !text.isBlank() && NoValue.is(text.strip());
    }

    /** Whether an element holds nothing but a short label that names a fact. */
    private static boolean names(Element e) {
        String text = e.text();
        return !text.isBlank()
                && text.length() <= Fact.MAX_LABEL_LENGTH
                && !Fact.namedAll(text).isEmpty();
    }

    private static void term(Element dt, BiConsumer<String, String> into) {
        List<String> values = new ArrayList<>();
        for (Element next = dt.nextElementSibling();
                next != null && next.nameIs("dd");
                next = next.nextElementSibling()) {
            String text = valueText(next);
            if (!text.isEmpty()) values.add(text);
        }
        into.accept(dt.text(), String.join(VALUE_LINE_SEPARATOR, values));
    }

    private static boolean hasLabelClass(Element e) {
        if (e.nameIs("td") || e.nameIs("th") || e.nameIs("dt")) return false; // their rows and lists say more
        for (String name : e.classNames()) {
            if (LABEL_CLASS.matcher(name).find()) return true;
        }
        return false;
    }

    /** {@code <div class="field-label">Einwohner</div><div class="field-item">…</div>}, or the text after it. */
    private static void labelled(Element label, BiConsumer<String, String> into) {
        Element next = label.nextElementSibling();
        String value;
        if (next != null && label.nextSibling() != null && isBlankUpTo(label, next)) {
            value = valueText(next);
        } else {
            StringBuilder rest = new StringBuilder();
            for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
                rest.append(n instanceof Element el ? el.text() : n instanceof TextNode t ? t.text() : "")
                        .append(' ');
            }
            value = rest.toString().strip();
        }
        into.accept(label.text(), value);
    }

    private static boolean isBlankUpTo(Node from, Node to) {
        for (Node n = from.nextSibling(); n != null && n != to; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) return false;
        }
        return true;
    }

    /** The "Label: value" lines of a block: its inline content, split at {@code <br>} and inner blocks. */
    private static void lines(Element block, BiConsumer<String, String> into) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collectLines(block, line, lines, false);
        lines.add(line.toString());
        for (String whole : lines) {
            // "Einwohner: 1.040 · Fläche: 8,9 km² · Kosten: 185 T€": items of one line, each its own pair.
            for (String l : ITEMS.split(whole)) {
                Matcher m = LINE.matcher(l);
                if (m.matches()) {
                    into.accept(m.group(1), m.group(2).strip());
                    continue;
                }
                Matcher dash = DASH_LINE.matcher(l);
                if (dash.matches()) into.accept(dash.group(1), dash.group(2).strip());
            }
        }
    }

    /**
     * @param intoBlocks whether inner blocks count as lines of this element (for values) or are
     *     passed over because they are read on their own (for labels)
     */
    private static void collectLines(Element e, StringBuilder line, List<String> lines, boolean intoBlocks) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.text());
            } else if (child instanceof Element el) {
                if (el.nameIs("br") || el.tag().isBlock()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    if (el.tag().isBlock() && intoBlocks) {
                        collectLines(el, line, lines, true);
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                } else {
                    collectLines(el, line, lines, intoBlocks);
                }
            }
        }
    }

    /** A value's text with its lines ({@code <br>}, inner blocks) kept apart by commas. */
    private static String valueText(Element value) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collectLines(value, line, lines, true);
        lines.add(line.toString());
        List<String> filled = new ArrayList<>();
        for (String l : lines) {
            String s = l.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
            if (!s.isEmpty()) filled.add(s);
        }
        return String.join(VALUE_LINE_SEPARATOR, filled);
    }

    private static void add(String label, String value, List<Pair> into) {
        String v = Pictographs.stripLeading(value.replace('\u00a0', ' ')).strip();
        if (NoValue.is(v)) return;
        // "Stand: 12.03.2025" under a page's text dates the page; it states a phase only where it names one.
        if (Fact.mayDateThePage(label) && PhaseWords.phaseOf(v).isEmpty()) return;
        Fact.namedAll(label).forEach(fact -> into.add(new Pair(fact, label.strip(), v)));
        // "Gemeinde: Neuwies, Saarland": the place's region, where its value names one of the list.
        if (Fact.namesThePlace(label))
            Regions.inPlace(v).ifPresent(r -> into.add(new Pair(Fact.STATE, label.strip(), r)));
    }
}
