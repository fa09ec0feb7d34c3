package de.smilecity.exchange.crawl.internal.similar;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * A MinHash signature of a text's shingles: for each of {@value #SIZE} hash functions, the smallest
 * hash of any shingle. The share of positions where two signatures agree estimates the Jaccard
 * overlap of the shingle sets (standard error about 0.045 at this size), so a candidate is compared
 * with hundreds of others from their stored signatures alone, and only a likely match is checked
 * exactly.
 */
public final class MinHash {

    public static final int SIZE = 128;

    /** Base64 of {@value #SIZE} 32-bit values. */
    public static final int ENCODED_LENGTH = 684;

    /** One seed per hash function, fixed, so that signatures stored by earlier runs stay comparable. */
    private static final long[] SEEDS = new long[SIZE];

    static {
        long seed = 0x5eed_c0ffee_2026L;
        for (int i = 0; i < SIZE; i++) {
            seed = mix(seed + 0x9e3779b97f4a7c15L);
            SEEDS[i] = seed;
        }
    }

    private final int[] minima;

    private MinHash(int[] minima) {
        this.minima = minima;
    }

    public static MinHash of(Shingles shingles) {
        int[] minima = new int[SIZE];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        for (long shingle : shingles.hashes()) {
            for (int i = 0; i < SIZE; i++) {
                // The i-th hash function: the shingle mixed with the i-th seed; its high bits as a signed int.
                int value = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (value < minima[i]) minima[i] = value;
            }
        }
        return new MinHash(minima);
    }

    /** The estimated Jaccard overlap of the two texts' shingles. */
    public double similarity(MinHash other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (minima[i] == other.minima[i]) same++;
        }
        return (double) same / SIZE;
    }

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
        for (int value : minima) bytes.putInt(value);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * @throws IllegalArgumentException if the text is no signature of this size
     */
    public static MinHash decode(String encoded) {
        byte[] raw = Base64.getDecoder().decode(encoded);
        if (raw.length != SIZE * Integer.BYTES) {
            throw new IllegalArgumentException(
                    "A MinHash signature has " + SIZE * Integer.BYTES + " bytes, not " + raw.length);
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        int[] minima = new int[SIZE];
        for (int i = 0; i < SIZE; i++) minima[i] = bytes.getInt();
        return new MinHash(minima);
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
