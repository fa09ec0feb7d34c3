package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the compound word list and the dictionary of municipal words (both shipped with the app) and
 * the synonyms (an editable file in seed-content).
 */
final class SearchResources {

    static final String COMPOUND_PARTS = "search/compound-parts-de.txt";

    static final String DICTIONARY = "search/dictionary-de-en.txt";

    /** The separator of a dictionary line's German and English term. */
    static final String DICTIONARY_SEPARATOR = "=";

    private static final Logger log = LoggerFactory.getLogger(SearchResources.class);

    private SearchResources() {}

    /** A line of the dictionary: one term in German and in English, as written there. */
    record DictionaryPair(String german, String english) {}

    /**
     * The dictionary's pairs in file order. It ships with the app, so a line that is no pair is a
     * mistake of the build and fails with its line number rather than being skipped.
     */
    static List<DictionaryPair> dictionary() {
        List<DictionaryPair> pairs = new ArrayList<>();
        List<String> lines = resourceLines(DICTIONARY);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] sides = line.split(DICTIONARY_SEPARATOR, -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new IllegalStateException(DICTIONARY + " line " + (i + 1) + " should be 'German "
                        + DICTIONARY_SEPARATOR + " English' but is '" + line + "'");
            }
            pairs.add(new DictionaryPair(sides[0].strip(), sides[1].strip()));
        }
        return pairs;
    }

    private static List<String> resourceLines(String resource) {
        InputStream in = SearchResources.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The search resource " + resource + " is missing from the build");
        }
        try (in) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The word list, each entry folded like the text it is compared with ("bürger" becomes "burger"). */
    static CharArraySet compoundParts() {
        List<String> words = resourceLines(COMPOUND_PARTS).stream()
                .map(String::strip)
                .filter(word -> !word.isEmpty() && !word.startsWith("#"))
                .toList();
        CharArraySet parts = new CharArraySet(words.size() * 2, false);
        try (Analyzer fold = TextAnalyzers.germanSynonymEntries()) {
            for (String word : words) {
                parts.addAll(tokens(fold, word));
            }
        }
        return parts;
    }

    /**
     * Parses the synonyms file (Solr format) for one language's query chain.
     *
     * @return the map, or null when the file is missing or broken (the problem is logged once, and the
     *     search works without synonyms instead of not at all)
     */
    static @Nullable SynonymMap synonyms(@Nullable Path file, Analyzer entryAnalyzer, SynonymStatus status) {
        if (file == null || !Files.isRegularFile(file)) {
            status.problem = "no synonyms file at " + file;
            log.warn("Search runs without synonyms: {}", status.problem);
            return null;
        }
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer);
            parser.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            SynonymMap map = parser.build();
            status.file = file;
            return map;
        } catch (ParseException e) {
            status.problem = file + " line " + e.getErrorOffset() + ": " + e.getMessage();
            log.error("Search runs without synonyms because the file is broken: {}", status.problem);
            return null;
        } catch (IOException e) {
            status.problem = file + " cannot be read: " + e.getMessage();
            log.error("Search runs without synonyms: {}", status.problem);
            return null;
        }
    }

    /** What became of the synonyms file, for the index health report. */
    static final class SynonymStatus {
        @Nullable
        Path file;

        @Nullable
        String problem;
    }

    /**
     * The dictionary words found inside a word, as written in the catalogue's vocabulary (lower
     * case, umlauts kept where the word has them), e.g. "lasten" in "lastenfahrad".
     */
    static List<String> compoundParts(String word, CharArraySet parts) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        List<String> found = new ArrayList<>();
        try (Analyzer fold = TextAnalyzers.germanSynonymEntries()) {
            String folded = String.join("", tokens(fold, lower));
            // Parts are at most COMPOUND_MAX_PART long, as in the index: the stretches looked at grow
            // with the word's length, not with its square (and their copies not with its cube).
            for (int start = 0; start < folded.length(); start++) {
                int longest = Math.min(folded.length(), start + TextAnalyzers.COMPOUND_MAX_PART);
                for (int end = start + TextAnalyzers.COMPOUND_MIN_PART; end <= longest; end++) {
                    String candidate = folded.substring(start, end);
                    if (parts.contains(candidate) && folded.length() == lower.length()) {
                        found.add(lower.substring(start, end));
                    } else if (parts.contains(candidate)) {
                        found.add(candidate);
                    }
                }
            }
        }
        return found.stream().distinct().filter(p -> !p.equals(lower)).toList();
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse '" + text + "'", e);
        }
        return tokens;
    }
}
