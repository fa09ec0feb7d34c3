package de.smilecity.exchange.search.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * German compound splitting from our word list: a word of at least {@code minWord} letters also yields
 * every stretch of {@code minPart} to {@code maxPart} letters that the list contains — the same tokens
 * as Lucene's {@code DictionaryCompoundWordTokenFilter} (checked in {@code CompoundPartsTest}), but
 * each word is split only once.
 *
 * <p>Why: the split looks up every stretch of every long word, some hundred lookups for a word of
 * twenty letters, and took a fifth of a full rebuild's time on the single thread that writes the index.
 * A catalogue repeats its words, so the parts found are remembered by word ({@link Memory}, shared by
 * every stream of one analyzer, bounded: when full it starts afresh).
 */
final class CompoundParts extends CompoundWordTokenFilterBase {

    /** The parts of the words seen, as start and length pairs; shared across threads. */
    static final class Memory {

        /** Words remembered at most: about 130 bytes each with their parts, some 13 MB when full. */
        static final int CAPACITY = 100_000;

        private final Map<String, int[]> parts = new ConcurrentHashMap<>();

        int[] get(String word) {
            return parts.get(word);
        }

        void put(String word, int[] found) {
            if (parts.size() >= CAPACITY) parts.clear();
            parts.put(word, found);
        }

        int size() {
            return parts.size();
        }
    }

    private static final int[] NONE = new int[0];

    private final Memory memory;

    CompoundParts(TokenStream input, CharArraySet dictionary, int minWord, int minPart, int maxPart, Memory memory) {
        super(input, dictionary, minWord, minPart, maxPart, false);
        this.memory = memory;
    }

    @Override
    protected void decompose() {
        String word = termAtt.toString();
        int[] found = memory.get(word);
        if (found == null) {
            found = split(termAtt.buffer(), termAtt.length());
            memory.put(word, found);
        }
        for (int k = 0; k < found.length; k += 2) {
            tokens.add(new CompoundToken(found[k], found[k + 1]));
        }
    }

    /** Every stretch of the word that the list contains, by start, then by length. */
    private int[] split(char[] word, int length) {
        int[] found = NONE;
        int size = 0;
        for (int start = 0; start + minSubwordSize <= length; start++) {
            for (int part = minSubwordSize; part <= maxSubwordSize && start + part <= length; part++) {
                if (dictionary.contains(word, start, part)) {
                    if (size + 2 > found.length) found = Arrays.copyOf(found, Math.max(8, found.length * 2));
                    found[size++] = start;
                    found[size++] = part;
                }
            }
        }
        return size == found.length ? found : Arrays.copyOf(found, size);
    }
}
