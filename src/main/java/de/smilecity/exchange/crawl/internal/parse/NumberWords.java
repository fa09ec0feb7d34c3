package de.smilecity.exchange.crawl.internal.parse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A count of millions or billions written in words, as press texts and newsletters round a budget:
 * "rund zwei Millionen Euro", "eineinhalb Millionen", "two million euros", "half a million". The word
 * becomes its figure, so that the amount reads as "2 Millionen Euro" does; words for smaller numbers
 * stay words, since "drei Bänke" and "one of the towns" are no amounts.
 */
final class NumberWords {

    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("eine", "1"),
            Map.entry("einer", "1"),
            Map.entry("ein", "1"),
            Map.entry("a", "1"),
            Map.entry("one", "1"),
            Map.entry("zwei", "2"),
            Map.entry("two", "2"),
            Map.entry("drei", "3"),
            Map.entry("three", "3"),
            Map.entry("vier", "4"),
            Map.entry("four", "4"),
            Map.entry("fünf", "5"),
            Map.entry("five", "5"),
            Map.entry("sechs", "6"),
            Map.entry("six", "6"),
            Map.entry("sieben", "7"),
            Map.entry("seven", "7"),
            Map.entry("acht", "8"),
            Map.entry("eight", "8"),
            Map.entry("neun", "9"),
            Map.entry("nine", "9"),
            Map.entry("zehn", "10"),
            Map.entry("ten", "10"),
            Map.entry("elf", "11"),
            Map.entry("eleven", "11"),
            Map.entry("zwölf", "12"),
            Map.entry("twelve", "12"),
            Map.entry("anderthalb", "1,5"),
            Map.entry("eineinhalb", "1,5"),
            Map.entry("zweieinhalb", "2,5"),
            Map.entry("half a", "0.5"),
            Map.entry("one and a half", "1.5"),
            Map.entry("two and a half", "2.5"));

    private static final Pattern IN_WORDS =
            Pattern.compile("(?iu)(?<![\\p{L}\\d.,])(one and a half|two and a half|half a"
                    + "|eine|einer|ein|a|one|zwei|two|drei|three|vier|four|fünf|five|sechs|six|sieben|seven|acht|eight|neun"
                    + "|nine|zehn|ten|elf|eleven|zwölf|twelve|anderthalb|eineinhalb|zweieinhalb)"
                    + "\\s+(?=(?:million|millionen|mio\\.|milliarde|milliarden|mrd\\.|billion)(?![\\p{L}]))");

    private NumberWords() {}

    /** The text with each count of millions or billions written in words given as a figure. */
    static String asFigures(String text) {
        if (text.indexOf('i') < 0) return text; // every scale word has an "i": nothing to do
        return IN_WORDS.matcher(text).replaceAll(m -> FIGURES.get(m.group(1).toLowerCase(Locale.ROOT)) + " ");
    }
}
