package de.smilecity.exchange.search.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words typed into an autocomplete box, folded like the index folds them: a candidate matches
 * when each typed word starts one of its words ("bür bet" matches "Bürgerbeteiligung Bettenhaus").
 */
public record Prefixes(List<String> words) {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public static Prefixes of(String typed) {
        return new Prefixes(Arrays.stream(SPLIT.split(fold(typed)))
                .filter(w -> !w.isEmpty())
                .toList());
    }

    public boolean matches(String candidate) {
        List<String> candidateWords =
                Arrays.stream(SPLIT.split(fold(candidate))).toList();
        return !words.isEmpty()
                && words.stream().allMatch(prefix -> candidateWords.stream().anyMatch(w -> w.startsWith(prefix)));
    }

    static String fold(String text) {
        String german = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("ä", "a")
                .replace("ö", "o")
                .replace("ü", "u");
        return MARKS.matcher(Normalizer.normalize(german, Normalizer.Form.NFD)).replaceAll("");
    }
}
