package de.smilecity.exchange.crawl.internal.similar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The overlapping runs of {@value #WIDTH} words of a text, each as a 64-bit hash. Two texts that
 * share most of their shingles say the same thing in the same words, whatever the page around them:
 * a newsletter that repeats a project page, a partner network that copied it. Case, accents,
 * punctuation and markup are ignored, so that a copy with other formatting still matches.
 */
public final class Shingles {

    /** Words per shingle: three tell a copied sentence from a shared vocabulary. */
    public static final int WIDTH = 3;

    /**
     * Fewest shingles a text needs before it is said to stand in another: a title or a one-line
     * teaser recurs in list pages and newsletters without being a copy of the project.
     */
    public static final int MIN_COMPARED = 12;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<Long> hashes;

    private Shingles(Set<Long> hashes) {
        this.hashes = hashes;
    }

    public static Shingles of(String text) {
        List<String> words = words(text);
        Set<Long> hashes = new HashSet<>();
        if (words.size() < WIDTH) {
            // A text shorter than one shingle is its words: two one-line texts still compare.
            if (!words.isEmpty()) hashes.add(hash(String.join(" ", words)));
            return new Shingles(hashes);
        }
        for (int i = 0; i + WIDTH <= words.size(); i++) {
            hashes.add(hash(String.join(" ", words.subList(i, i + WIDTH))));
        }
        return new Shingles(hashes);
    }

    static List<String> words(String text) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(folded.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) words.add(word);
        }
        return words;
    }

    /**
     * These shingles without the given ones: a text without the sentences its site's template puts
     * on every page ({@link SiteTemplate}).
     */
    public Shingles without(Set<Long> left) {
        if (left.isEmpty()) return this;
        Set<Long> kept = new HashSet<>(hashes);
        kept.removeAll(left);
        return new Shingles(kept);
    }

    /** The shingle hashes; empty for a text without words. */
    public Set<Long> hashes() {
        return hashes;
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    public int size() {
        return hashes.size();
    }

    /**
     * The share of the smaller text's shingles that the larger one has too: 1 when one text copies
     * the other and adds a greeting, a teaser list or a footer; 0 when the smaller text is shorter
     * than {@link #MIN_COMPARED} shingles.
     */
    public double containment(Shingles other) {
        Set<Long> smaller = hashes.size() <= other.hashes.size() ? hashes : other.hashes;
        Set<Long> larger = smaller == hashes ? other.hashes : hashes;
        if (smaller.size() < MIN_COMPARED) return 0;
        return (double) smaller.stream().filter(larger::contains).count() / smaller.size();
    }

    /** The Jaccard overlap: shared shingles over all shingles of both, 0 when either is empty. */
    public double overlap(Shingles other) {
        if (hashes.isEmpty() || other.hashes.isEmpty()) return 0;
        Set<Long> smaller = hashes.size() <= other.hashes.size() ? hashes : other.hashes;
        Set<Long> larger = smaller == hashes ? other.hashes : hashes;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / (hashes.size() + other.hashes.size() - shared);
    }

    /** 64-bit FNV-1a, then mixed: stable across runs and JVMs, unlike String.hashCode's 32 bits. */
    private static long hash(String shingle) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < shingle.length(); i++) {
            h ^= shingle.charAt(i);
            h *= 0x100000001b3L;
        }
        return MinHash.mix(h);
    }
}
