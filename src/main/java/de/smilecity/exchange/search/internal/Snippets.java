package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks why a hit matched: the stored text is cut into words as it was indexed, and every word whose
 * index tokens (stems, compound parts; {@link WordTokens}) meet a token of the query is wrapped in
 * {@code <mark>}. The text is
 * HTML-escaped first, so a snippet can never carry markup of its own. A word-level highlighter of our
 * own, because Lucene's highlighters re-run the whole multi-field query for every hit and field,
 * which costs more than the search itself.
 */
public final class Snippets {

    public static final String OPEN = "<mark>";
    public static final String CLOSE = "</mark>";

    /** Characters of context around the first match of a long text. */
    static final int CONTEXT = 90;
    /** Texts shorter than this are shown whole. */
    static final int SHORT_TEXT = 260;

    /** Cuts a text into words exactly as the index analyzers' tokenizer does, and does nothing else. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private Snippets() {}

    /** The tokens a query stands for, with synonyms, under one query analyzer. */
    public static Set<String> queryTokens(Analyzer queryAnalyzer, List<String> words) {
        Set<String> tokens = new HashSet<>();
        for (String word : words) {
            tokens.addAll(SearchResources.tokens(queryAnalyzer, word));
        }
        return tokens;
    }

    /**
     * The text with its matching words marked, cut around the first match if long.
     *
     * @return the snippet, or null when nothing in the text matches
     */
    public static @Nullable String mark(WordTokens words, String text, Set<String> queryTokens) {
        if (text.isBlank() || queryTokens.isEmpty()) return null;
        List<int[]> spans = matches(words, text, queryTokens);
        if (spans.isEmpty()) return null;
        int from = 0;
        int to = text.length();
        if (text.length() > SHORT_TEXT) {
            from = wordStart(text, Math.max(0, spans.getFirst()[0] - CONTEXT));
            to = end(text, spans.getFirst());
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) out.append("… ");
        int at = from;
        for (int[] span : spans) {
            if (span[0] < at || span[1] > to) continue;
            out.append(HtmlUtils.htmlEscape(text.substring(at, span[0])))
                    .append(OPEN)
                    .append(HtmlUtils.htmlEscape(text.substring(span[0], span[1])))
                    .append(CLOSE);
            at = span[1];
        }
        out.append(HtmlUtils.htmlEscape(text.substring(at, to)));
        if (to < text.length()) out.append(" …");
        return out.toString().replace('\n', ' ');
    }

    /**
     * The start of a text, HTML-escaped, cut at a word end after about a snippet's length: for a hit
     * whose match no word of the text shows (a synonym's multi-word form, say).
     */
    public static String start(String text) {
        int to = text.length() <= SHORT_TEXT ? text.length() : wordEnd(text, 2 * CONTEXT);
        return HtmlUtils.htmlEscape(text.substring(0, to)).replace('\n', ' ') + (to < text.length() ? " …" : "");
    }

    /** Start and end offsets of matching words, in order, overlapping ones merged. */
    private static List<int[]> matches(WordTokens words, String text, Set<String> queryTokens) {
        List<int[]> spans = new ArrayList<>();
        boolean longText = text.length() > SHORT_TEXT;
        int shownUntil = Integer.MAX_VALUE;
        try (TokenStream stream = WORDS.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // A long text is cut after its first match: analysing the rest, which costs as much as
                // the search itself for a page of hits, would find nothing that is shown.
                if (offset.startOffset() >= shownUntil) break;
                if (meets(words.of(term.toString()), queryTokens)) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    if (!spans.isEmpty() && start <= spans.getLast()[1]) {
                        spans.getLast()[1] = Math.max(spans.getLast()[1], end);
                    } else {
                        spans.add(new int[] {start, end});
                        if (longText && spans.size() == 1) shownUntil = end(text, spans.getFirst());
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse a stored text for its snippet", e);
        }
        return spans;
    }

    /** Whether any of a word's (or a text's) index tokens is among the query's. */
    static boolean meets(Set<String> wordTokens, Set<String> queryTokens) {
        for (String token : wordTokens) {
            if (queryTokens.contains(token)) return true;
        }
        return false;
    }

    /** Where the snippet of a long text ends: some context after its first match, at a word end. */
    private static int end(String text, int[] firstMatch) {
        return wordEnd(text, Math.min(text.length(), firstMatch[1] + 2 * CONTEXT));
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
