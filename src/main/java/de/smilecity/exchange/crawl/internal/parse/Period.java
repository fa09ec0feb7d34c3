package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The years a project runs, as a page states them: "2021–2024", "01/2021 bis 12/2024", "2021–24", "seit 2020",
 * "since 2020", "2019 – heute", "bis 2025". Months and days are dropped; a duration without years
 * ("36 Monate") says nothing. Years outside the catalogue's range are no years.
 *
 * @param startYear null when the page names only an end
 * @param endYear null while the project runs on or when the page names only a start
 */
public record Period(@Nullable Integer startYear, @Nullable Integer endYear) {

    private static final Pattern SINCE = Pattern.compile(
            "(?iu)\\b(?:seit|since|ab|from)\\s+(?:(?:dem\\s+)?\\p{L}+\\.?\\s+)?(?:\\d{1,2}[./]\\s*)?(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern UNTIL = Pattern.compile("(?i)(?:\\b(?:bis|until|till|to)\\b|[-–—])\\s*$");
    private static final Pattern OPEN_ENDED = Pattern.compile(
            "(?i)\\b(?:seit|since|ab|from|heute|laufend|fortlaufend|dauerhaft|present|today|now|ongoing)\\b|[-–—]");

    /** A range whose end keeps only the last two digits of its year: "2023–25", "2019/22". */
    private static final Pattern SHORT_END =
            Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})\\s*[-–—/]\\s*(\\d{2})(?![\\d.,/-])");

    private static final int MONTHS = 12;

    /** A period of one or two years in the text; a single year alone is a project of that year. */
    static Optional<Period> of(String text) {
        // Only a later end is a short year, and after a hyphen only one that is no month ("2024-12").
        text = SHORT_END
                .matcher(text)
                .replaceAll(r -> r.group(3).compareTo(r.group(2)) > 0
                                && (!r.group().contains("-") || Integer.parseInt(r.group(3)) > MONTHS)
                        ? r.group(1) + r.group(2) + "–" + r.group(1) + r.group(3)
                        : r.group());
        Matcher m = YEAR.matcher(text);
        List<Integer> years = new ArrayList<>();
        int firstAt = -1;
        while (m.find() && years.size() < 2) {
            int year = Integer.parseInt(m.group());
            if (year < Practice.EARLIEST_YEAR || year > Practice.LATEST_YEAR) continue;
            if (years.isEmpty()) firstAt = m.start();
            years.add(year);
        }
        if (years.isEmpty()) return Optional.empty();
        int start = years.getFirst();
        if (years.size() == 2) {
            int end = years.get(1);
            return Optional.of(new Period(start, end >= start ? end : null));
        }
        if (UNTIL.matcher(text.substring(0, firstAt)).find()) return Optional.of(new Period(null, start));
        if (OPEN_ENDED.matcher(text).find()) return Optional.of(new Period(start, null));
        return Optional.of(new Period(start, start));
    }

    /** The year after "seit"/"since" as a start, or empty when the text names none so. */
    static Optional<Period> since(String text) {
        Matcher m = SINCE.matcher(text);
        if (!m.find()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        if (year < Practice.EARLIEST_YEAR || year > Practice.LATEST_YEAR) return Optional.empty();
        return Optional.of(new Period(year, null));
    }

    /** The first year in the text as a start ("Projektstart: 03/2021"). */
    static Optional<Period> starting(String text) {
        return of(text).map(p -> new Period(p.startYear() != null ? p.startYear() : p.endYear(), null));
    }

    /** The first year in the text as an end ("Projektende: 12/2024"). */
    static Optional<Period> ending(String text) {
        return of(text).map(p -> new Period(null, p.startYear() != null ? p.startYear() : p.endYear()));
    }

    /** This period with the years it lacks taken from the other. */
    Period orYearsOf(Period other) {
        return new Period(
                startYear != null ? startYear : other.startYear(), endYear != null ? endYear : other.endYear());
    }
}
