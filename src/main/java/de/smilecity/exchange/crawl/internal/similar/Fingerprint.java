package de.smilecity.exchange.crawl.internal.similar;

/**
 * What is stored of a text to find its copies later: the MinHash signature of its shingles and how
 * many shingles it has, which together estimate how much of the shorter of two texts stands in the
 * other ({@link Shingles#containment}).
 */
public record Fingerprint(MinHash signature, int size) {

    /** The longest encoded fingerprint: the size, a colon and the signature. */
    public static final int MAX_ENCODED_LENGTH = 11 + 1 + MinHash.ENCODED_LENGTH;

    public static Fingerprint of(Shingles shingles) {
        return new Fingerprint(MinHash.of(shingles), shingles.size());
    }

    /**
     * The estimated share of the smaller text's shingles that the larger one has too; 0 when the
     * smaller one is too short to tell ({@link Shingles#MIN_COMPARED}).
     */
    public double containment(Fingerprint other) {
        int smaller = Math.min(size, other.size);
        if (smaller < Shingles.MIN_COMPARED) return 0;
        double jaccard = signature.similarity(other.signature);
        // |A ∩ B| = J (|A| + |B|) / (1 + J), read off the estimated Jaccard overlap and both sizes.
        double shared = jaccard * (size + other.size) / (1 + jaccard);
        return Math.min(1, shared / smaller);
    }

    public String encode() {
        return size + ":" + signature.encode();
    }

    /**
     * @throws IllegalArgumentException if the text is no encoded fingerprint
     */
    public static Fingerprint decode(String encoded) {
        int colon = encoded.indexOf(':');
        if (colon < 1) throw new IllegalArgumentException("A fingerprint is 'size:signature', not '" + encoded + "'");
        try {
            return new Fingerprint(
                    MinHash.decode(encoded.substring(colon + 1)), Integer.parseInt(encoded.substring(0, colon)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A fingerprint starts with its size, not '" + encoded + "'", e);
        }
    }
}
