package de.smilecity.exchange.crawl;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How many candidates of a run took each field from which place of their page — the source's
 * profile, JSON-LD, meta tags, a label/value structure, an aligned label, a sentence, the visible
 * text — so that an editor sees per source which fields came from where, and where a profile would
 * help. Kept on the run as one "field origin count" per line.
 *
 * @param counts per field (as {@code PageExtractor} names them: {@code title}, {@code population},
 *     {@code area}, …), per origin (a {@code FieldOrigin}'s name), the number of candidates
 */
public record FieldOrigins(Map<String, Map<String, Integer>> counts) {

    /** Fifteen fields of a few origins each fit many times over. */
    static final int MAX_LENGTH = 1000;

    public FieldOrigins {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        counts.forEach((field, byOrigin) -> copy.put(field, Collections.unmodifiableMap(new TreeMap<>(byOrigin))));
        counts = Collections.unmodifiableMap(copy);
    }

    static FieldOrigins parse(@Nullable String stored) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                String[] parts = line.strip().split(" ");
                if (parts.length != 3) continue;
                try {
                    counts.computeIfAbsent(parts[0], f -> new TreeMap<>()).put(parts[1], Integer.parseInt(parts[2]));
                } catch (NumberFormatException e) {
                    // A line this class did not write says nothing countable; the others still do.
                    continue;
                }
            }
        }
        return new FieldOrigins(counts);
    }

    String format() {
        StringBuilder out = new StringBuilder();
        counts.forEach((field, byOrigin) -> byOrigin.forEach((origin, n) -> out.append(field)
                .append(' ')
                .append(origin)
                .append(' ')
                .append(n)
                .append('\n')));
        String text = out.toString().strip();
        // Cut at a line's end: a cut line would read as another count.
        if (text.length() <= MAX_LENGTH) return text;
        return text.substring(0, text.lastIndexOf('\n', MAX_LENGTH));
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
