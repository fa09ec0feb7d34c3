package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Which texts of one question a field's search analyzer turns into the same tokens, told in the app
 * with the analyzers the node has too ({@link SearchAnalysis#queryAnalyzer}, the same synonyms): so
 * that {@link OpenSearchQueries} sends one clause where the node would build the same query twice.
 *
 * <p>The embedded engine's flat sum ({@link TextQuery#flat}) keeps a query met several times once,
 * with the sum of its weights; it compares the queries after analysis, where a word and its synonyms
 * (a unit as typed, the translation the glossary added as a phrase, a corrected form) are one
 * synonym query. OpenSearch analyses on the node, so the clauses the app sends differ by their text
 * and the node scored each of them for every hit: a faceted "Beteiligung" with its translations
 * sent 33 clauses where 23 make different queries. Sent with the text seen first, such clauses
 * are equal and {@link OpenSearchQueries#flat} adds them up; the score is the same sum.
 *
 * <p>A text of one position (a word, with its synonyms stacked on it) makes the same query as a
 * term, as every term and as a phrase, so such clauses are one whatever their kind; texts of several
 * positions only when of the same kind. Fields without a known analyzer (the place) keep their
 * texts. One per question, used by one thread.
 */
final class SameAnalysis {

    /** Keeps every text as it is. */
    static final SameAnalysis NONE = new SameAnalysis(null);

    /** What to send for a text: the text that stands for it, and whether it takes one position. */
    record Sent(String text, boolean onePosition) {}

    /** Tokens by position, each position's tokens sorted; the kind only for several positions. */
    private record Key(
            Language language,
            List<List<String>> positions,
            @Nullable Object kind) {}

    private final @Nullable SearchAnalysis analysis;
    private final Map<Key, String> first = new HashMap<>();

    SameAnalysis(@Nullable SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** @param kind how the text is asked (any term, every term, phrase) */
    Sent of(String field, String text, Object kind) {
        Language language = field.endsWith(IndexFields.de(""))
                ? Language.DE
                : field.endsWith(IndexFields.en("")) ? Language.EN : null;
        if (analysis == null || language == null) return new Sent(text, false);
        List<List<String>> positions = positions(analysis.queryAnalyzer(language), field, text);
        // No tokens: the clause matches nothing, whatever its text.
        if (positions.isEmpty()) return new Sent(text, false);
        boolean one = positions.size() == 1
                && positions.getFirst().stream().skip(1).allMatch(token -> token.startsWith("1:"));
        String standing = first.computeIfAbsent(new Key(language, positions, one ? null : kind), k -> text);
        return new Sent(standing, one);
    }

    /**
     * The tokens position by position: the step from the position before, then each token as position
     * length and term, sorted, since the synonym filter stacks a word's synonyms behind whichever of
     * them was typed.
     */
    private static List<List<String>> positions(Analyzer analyzer, String field, String text) {
        List<List<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (positions.isEmpty() || increment.getPositionIncrement() > 0) {
                    // How far from the position before: a hole left by a stop word counts in a phrase.
                    positions.add(new ArrayList<>(
                            List.of("+" + (positions.isEmpty() ? 0 : increment.getPositionIncrement()))));
                }
                positions.getLast().add(length.getPositionLength() + ":" + term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse '" + text + "' for " + field, e);
        }
        positions.forEach(Collections::sort);
        return positions;
    }
}
