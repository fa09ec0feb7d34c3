package de.smilecity.exchange.crawl.internal.similar;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether two descriptions in different languages tell one project, from evidence that no
 * translation changes, each worth some points:
 *
 * <ul>
 *   <li>the same costs ({@value #AMOUNT_POINTS}), the same start and end year ({@value #PERIOD_POINTS}),
 *       the same report file ({@value #FILE_POINTS}) — facts the crawler has read from each page;
 *   <li>the same e-mail address ({@value #EMAIL_POINTS} each) and other shared {@link Marks} (figures,
 *       codes, addresses; {@value #CODE_POINTS} each, at most {@value #MAX_CODE_POINTS});
 *   <li>the same proper names: words both texts write with a capital inside a sentence — in English
 *       that is a name; in German every noun, but an English text shares only the names of them
 *       (Elsen, Schloß Neuhaus); {@value #NAME_POINTS} each, at most {@value #MAX_NAME_POINTS}.
 * </ul>
 *
 * Two projects are kin from {@value #MIN_POINTS} points in at least {@value #MIN_KINDS} kinds of
 * evidence, one of them the project's own (costs, a report file or an e-mail address): the town's name,
 * its population and a common period are shared by every project of one town and alone never suffice.
 */
public final class Kinship {

    /** Fewest points from which two texts count as one project told in two languages. */
    public static final int MIN_POINTS = 4;

    /** Fewest kinds of evidence among the points. */
    public static final int MIN_KINDS = 2;

    /** Points at which the similarity shown to the editor is full. */
    public static final int FULL_POINTS = 8;

    static final int AMOUNT_POINTS = 2;
    static final int PERIOD_POINTS = 1;
    static final int FILE_POINTS = 3;
    static final int EMAIL_POINTS = 2;
    static final int CODE_POINTS = 1;
    static final int MAX_CODE_POINTS = 2;
    static final int NAME_POINTS = 1;
    static final int MAX_NAME_POINTS = 3;

    /** Marks of read facts start with this sign, which no mark of a text does ({@link Marks#of}). */
    static final String FACT = "§";

    private static final String AMOUNT = FACT + "costs:";
    private static final String PERIOD = FACT + "years:";
    private static final String FILE = FACT + "file:";

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*|[.!?:;\\n•|]");
    private static final int MIN_NAME_LENGTH = 3;

    private Kinship() {}

    /** The kinds of detail that are facts the crawler read from a page, not words of its text. */
    private static final List<String> READ_FACTS = List.of(AMOUNT, PERIOD, FILE);

    /**
     * How many of the shared details, as {@link Evidence#shared} shows them, are facts read from both
     * pages — costs, period, report file — rather than figures or names of their texts.
     */
    public static int readFacts(List<String> shared) {
        int facts = 0;
        for (String detail : shared) {
            for (String kind : READ_FACTS) {
                if (detail.startsWith(shown(kind))) facts++;
            }
        }
        return facts;
    }

    /**
     * The marks of what the crawler read from a page — its costs, its period, the file names of its
     * reports — to keep with the marks of its text ({@link Marks#with}).
     */
    public static List<String> factMarks(
            @Nullable BigDecimal costs,
            @Nullable Integer startYear,
            @Nullable Integer endYear,
            Collection<String> reportUrls) {
        List<String> marks = new ArrayList<>();
        if (costs != null && costs.signum() > 0)
            marks.add(AMOUNT + costs.stripTrailingZeros().toPlainString());
        if (startYear != null && endYear != null) marks.add(PERIOD + startYear + "-" + endYear);
        for (String url : reportUrls) {
            fileName(url).ifPresent(name -> marks.add(FILE + name));
        }
        return marks;
    }

    /**
     * The evidence for one project, when there is enough of it.
     *
     * @param text the description the marks are of, for its proper names
     * @param otherText the other description, read only when the marks hold evidence of the project's own
     */
    public static Optional<Evidence> of(
            Marks marks, Marks other, String text, java.util.function.Supplier<String> otherText) {
        List<String> shared = marks.sharedWithFacts(other);
        int points = 0;
        Set<String> kinds = new LinkedHashSet<>();
        boolean own = false;
        int codePoints = 0;
        List<String> reasons = new ArrayList<>();
        for (String mark : shared) {
            if (mark.startsWith(AMOUNT)) {
                points += AMOUNT_POINTS;
                kinds.add("costs");
                own = true;
            } else if (mark.startsWith(PERIOD)) {
                points += PERIOD_POINTS;
                kinds.add("period");
            } else if (mark.startsWith(FILE)) {
                points += FILE_POINTS;
                kinds.add("report");
                own = true;
            } else if (mark.startsWith("@")) {
                points += EMAIL_POINTS;
                kinds.add("e-mail");
                own = true;
            } else if (codePoints < MAX_CODE_POINTS) {
                codePoints += CODE_POINTS;
                points += CODE_POINTS;
                kinds.add("figures");
            } else {
                continue;
            }
            reasons.add(shown(mark));
        }
        if (!own) return Optional.empty();
        List<String> names = new ArrayList<>(names(text));
        names.retainAll(names(otherText.get()));
        int namePoints = Math.min(MAX_NAME_POINTS, names.size() * NAME_POINTS);
        if (namePoints > 0) {
            points += namePoints;
            kinds.add("names");
            reasons.addAll(names.subList(0, Math.min(names.size(), MAX_NAME_POINTS)));
        }
        if (points < MIN_POINTS || kinds.size() < MIN_KINDS) return Optional.empty();
        return Optional.of(new Evidence(points, reasons));
    }

    /** Least amount whose equality tells one project: below it, grants and fees of one size repeat. */
    static final BigDecimal MIN_RETOLD_COSTS = BigDecimal.valueOf(10_000);

    /** Shortest title word that may name the project's place or the project itself. */
    static final int MIN_TITLE_NAME = 4;

    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*");

    /**
     * Whether a text in the same language retells the project of the other — a gazette's or a
     * newsletter's short version, reworded under another headline, that shares too few words to count
     * as a copy: both pages state the same costs, read as their facts, and both headlines carry the
     * same capitalised name. Costs of one exact amount are a project's own; the name rules out two
     * projects that happen to cost the same.
     *
     * @return the shared costs and name, or empty
     */
    public static Optional<List<String>> retold(Marks marks, Marks other, String title, String otherTitle) {
        String costs = null;
        for (String mark : marks.sharedWithFacts(other)) {
            if (mark.startsWith(AMOUNT)
                    && new BigDecimal(mark.substring(AMOUNT.length())).compareTo(MIN_RETOLD_COSTS) >= 0) {
                costs = mark;
            }
        }
        if (costs == null) return Optional.empty();
        Set<String> names = titleNames(title);
        names.retainAll(titleNames(otherTitle));
        if (names.isEmpty()) return Optional.empty();
        return Optional.of(List.of(shown(costs), names.iterator().next()));
    }

    /** The capitalised words of a title, lower-cased: the names and, in German, the nouns. */
    static Set<String> titleNames(String title) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TITLE_WORD.matcher(title);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= MIN_TITLE_NAME && Character.isUpperCase(w.charAt(0)))
                names.add(w.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /**
     * What speaks for one project.
     *
     * @param points the evidence's worth, {@value #MIN_POINTS} and up
     * @param shared the shared details, as the editor reads them ("costs:3800000", "years:2021-2026", "elsen")
     */
    public record Evidence(int points, List<String> shared) {

        /** The points as a share of {@value #FULL_POINTS}, at most 1. */
        public double similarity() {
            return Math.min(1, (double) points / FULL_POINTS);
        }
    }

    /** Words written with a capital inside a sentence, lower-cased, in text order. */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        boolean sentenceStart = true;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!Character.isLetter(w.charAt(0))) {
                sentenceStart = true;
                continue;
            }
            if (!sentenceStart && Character.isUpperCase(w.charAt(0)) && w.length() >= MIN_NAME_LENGTH) {
                names.add(w.toLowerCase(Locale.ROOT));
            }
            sentenceStart = false;
        }
        return names;
    }

    private static String shown(String mark) {
        return mark.startsWith(FACT) ? mark.substring(FACT.length()) : mark;
    }

    private static Optional<String> fileName(String url) {
        try {
            String path = URI.create(url).getPath();
            if (path == null) return Optional.empty();
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            return name.isBlank() ? Optional.empty() : Optional.of(name);
        } catch (IllegalArgumentException e) {
            // An address that is no URI names no file to compare by; the page's other evidence still counts.
            return Optional.empty();
        }
    }
}
