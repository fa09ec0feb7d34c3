package de.smilecity.exchange.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of a text were removed and which were added, so that a reviewer sees the change inside
 * a long description instead of two long texts. The longest common subsequence of the words; texts
 * too long for that are shown as replaced as a whole.
 */
public final class WordDiff {

    /** What happened to a piece of text. */
    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** A run of words (with the spaces after them) that share a fate. */
    public record Segment(Kind kind, String text) {}

    /** Beyond this many word pairs the table would cost more than the diff is worth. */
    static final long MAX_CELLS = 4_000_000L;

    /** A word, or a single punctuation mark, with the spaces after it; "Wald." is "Wald" and ".". */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+\\s*|[^\\p{L}\\p{N}\\s]\\s*|\\s+");

    private WordDiff() {}

    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            List<Segment> whole = new ArrayList<>();
            if (!before.isEmpty()) whole.add(new Segment(Kind.REMOVED, before));
            if (!after.isEmpty()) whole.add(new Segment(Kind.ADDED, after));
            return whole;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                append(segments, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(segments, Kind.ADDED, b.get(j++));
            } else {
                append(segments, Kind.REMOVED, a.get(i++));
            }
        }
        return segments;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    private static void append(List<Segment> segments, Kind kind, String text) {
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            Segment last = segments.removeLast();
            segments.add(new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
