package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.Closeness;
import de.smilecity.exchange.search.MatchedTranslation;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.shared.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.jspecify.annotations.Nullable;

/**
 * Hits straight from the index: the stored fields of the ranked documents, read from the same index
 * reader that ranked them, no entity loading. With {@code withTexts} the searchable texts come along
 * too, for the snippets that show why a hit matched.
 *
 * <p>Read with Lucene rather than through Hibernate Search's projections: a projection query would
 * search the index a second time, and asking it for scores makes it score every match instead of
 * skipping those that cannot reach the page. The field names are ours ({@link IndexFields}); the
 * values are stored as written by {@link PracticeDocumentBinder}.
 */
public final class HitProjection {

    static final int MAX_TAXONOMY_SNIPPETS = 3;

    private static final Set<String> FIELDS = Set.of(
            IndexFields.ENTITY_ID,
            IndexFields.SLUG,
            IndexFields.KIND,
            IndexFields.DISPLAY_TITLE,
            IndexFields.DISPLAY_SUMMARY,
            IndexFields.LANGUAGE,
            IndexFields.ORGANISATION,
            IndexFields.ORGANISATION_NAME,
            IndexFields.FIELD,
            IndexFields.ADAPTATION_COUNT);

    /** Also what the OpenSearch engine asks for of a hit's {@code _source}. */
    static final Set<String> FIELDS_WITH_TEXTS = union(
            FIELDS,
            Set.of(
                    de(IndexFields.BODY),
                    en(IndexFields.BODY),
                    de(IndexFields.KEYWORDS),
                    en(IndexFields.KEYWORDS),
                    de(IndexFields.TAXONOMY)));

    private HitProjection() {}

    /**
     * The words of a query and the tokens they stand for in either language, and the taxonomy labels
     * marked so far. One per search, used by one thread.
     */
    public static final class Marking {

        private final Set<String> german;
        private final Set<String> english;
        private final SearchAnalysis analysis;

        /**
         * Label → its snippet, or empty when nothing in it matches. The hits of a page share most of
         * their labels (an entry carries every label of its concepts, in both languages), so each is
         * marked once per search; marking them for every hit took a third of a faceted search.
         */
        private final Map<String, Optional<String>> labels = new HashMap<>();

        private Marking(Set<String> german, Set<String> english, SearchAnalysis analysis) {
            this.german = german;
            this.english = english;
            this.analysis = analysis;
        }

        public static Marking of(List<String> words, SearchAnalysis analysis) {
            return new Marking(
                    Snippets.queryTokens(analysis.queryAnalyzer(Language.DE), words),
                    Snippets.queryTokens(analysis.queryAnalyzer(Language.EN), words),
                    analysis);
        }

        boolean isEmpty() {
            return german.isEmpty() && english.isEmpty();
        }

        Set<String> tokens(Language language) {
            return language == Language.EN ? english : german;
        }

        WordTokens words(Language language) {
            return analysis.indexWords(language);
        }

        /** A taxonomy label (of either language) with its matching words marked, or null. */
        @Nullable
        String label(String label) {
            return labels.computeIfAbsent(label, l -> {
                        // Most labels match nothing: the tokens of the whole label (remembered across
                        // searches) tell so without cutting it into words.
                        String marked = Snippets.meets(words(Language.DE).of(l), german)
                                ? Snippets.mark(words(Language.DE), l, german)
                                : null;
                        if (marked == null && Snippets.meets(words(Language.EN).of(l), english)) {
                            marked = Snippets.mark(words(Language.EN), l, english);
                        }
                        return Optional.ofNullable(marked);
                    })
                    .orElse(null);
        }
    }

    /** The stored fields a hit needs, with the texts for snippets or without. */
    public static Document read(StoredFields stored, int doc, boolean withTexts) throws IOException {
        return stored.document(doc, withTexts ? FIELDS_WITH_TEXTS : FIELDS);
    }

    /** The organisation slug of a read document, for the closeness reasons. */
    public static String organisationOf(Document doc) {
        return doc.get(IndexFields.ORGANISATION);
    }

    public static SearchHit toHit(
            Document doc, float score, List<Closeness.Reason> closeness, @Nullable Marking marking) {
        return toHit(doc, score, closeness, marking, List.of());
    }

    public static SearchHit toHit(
            Document doc,
            float score,
            List<Closeness.Reason> closeness,
            @Nullable Marking marking,
            List<MatchedTranslation> translations) {
        String languageCode = doc.get(IndexFields.LANGUAGE);
        Language language = Language.ofCode(languageCode);
        String title = doc.get(IndexFields.DISPLAY_TITLE);
        String summary = doc.get(IndexFields.DISPLAY_SUMMARY);
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        if (marking != null && !marking.isEmpty()) {
            boolean english = language == Language.EN;
            WordTokens words = marking.words(language);
            Set<String> tokens = marking.tokens(language);
            String body = doc.get(english ? en(IndexFields.BODY) : de(IndexFields.BODY));
            List<String> keywords =
                    Arrays.asList(doc.getValues(english ? en(IndexFields.KEYWORDS) : de(IndexFields.KEYWORDS)));
            put(highlights, "title", Snippets.mark(words, title, tokens));
            put(highlights, "summary", Snippets.mark(words, summary, tokens));
            put(highlights, "keywords", Snippets.mark(words, String.join(", ", keywords), tokens));
            List<String> matchedLabels = new ArrayList<>();
            for (String label : doc.getValues(de(IndexFields.TAXONOMY))) {
                if (matchedLabels.size() == MAX_TAXONOMY_SNIPPETS) break;
                String marked = marking.label(label);
                if (marked != null) matchedLabels.add(marked);
            }
            if (!matchedLabels.isEmpty()) highlights.put("taxonomy", List.of(String.join(" · ", matchedLabels)));
            put(highlights, "body", body == null ? null : Snippets.mark(words, body, tokens));
        }
        IndexableField adaptations = doc.getField(IndexFields.ADAPTATION_COUNT);
        return new SearchHit(
                doc.getField(IndexFields.ENTITY_ID).numericValue().longValue(),
                doc.get(IndexFields.SLUG),
                doc.get(IndexFields.KIND),
                title,
                summary,
                languageCode,
                doc.get(IndexFields.ORGANISATION),
                doc.get(IndexFields.ORGANISATION_NAME),
                List.of(doc.getValues(IndexFields.FIELD)),
                highlights,
                score,
                adaptations == null ? 0 : adaptations.numericValue().intValue(),
                closeness,
                translations);
    }

    private static void put(Map<String, List<String>> highlights, String field, @Nullable String snippet) {
        if (snippet != null) highlights.put(field, List.of(snippet));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
