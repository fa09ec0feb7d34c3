package de.smilecity.exchange.search.relevance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.smilecity.exchange.search.Facet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The generalisation set of {@code src/test/resources/search/generalisation/}: questions written
 * before any ranking was seen ({@code questions.yaml}) and the graded judgements of the pooled
 * entries ({@code judgements.yaml}). How it was made and the rules for using it: docs/search-relevance.md.
 */
final class GeneralisationSet {

    static final String FOLDER = "/search/generalisation/";
    static final String QUESTIONS = "questions.yaml";
    static final String JUDGEMENTS = "judgements.yaml";

    /** The second held-out set: a second partner network's entries and questions, all held out. */
    static final String SECOND_FOLDER = "/search/generalisation-2/";

    /** The categories in the order of the report. */
    static final List<String> CATEGORIES =
            List.of("single", "several", "typo", "compound", "crosslang", "phrase", "filtered");

    static final String TUNE = "tune";
    static final String HELDOUT = "heldout";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(
            String id,
            String query,
            String language,
            String category,
            String split,
            @Nullable Map<String, List<String>> filters,
            String need) {

        /** The filters as the search takes them; an unknown facet name is a mistake in the file. */
        Map<Facet, List<String>> facets() {
            Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
            if (filters == null) return facets;
            filters.forEach((name, values) -> facets.put(
                    Facet.byParameter(name)
                            .orElseThrow(() -> new IllegalStateException("Question " + id + " filters by '" + name
                                    + "', which is no facet parameter of the search")),
                    values));
            return facets;
        }
    }

    /** One graded entry: 3 exactly about the need, 2 clearly relevant, 1 partly, 0 not relevant. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Judgement(int grade, String reason) {}

    record QuestionFile(List<Question> questions) {}

    record JudgementFile(Map<String, Map<String, Judgement>> judgements) {}

    private GeneralisationSet() {}

    static List<Question> questions() {
        return questions(FOLDER);
    }

    /** The questions of the set in the given resource folder. */
    static List<Question> questions(String folder) {
        return read(folder + QUESTIONS, QuestionFile.class).questions();
    }

    /** Question id → slug → grade, for every judged question; entries not listed count as 0. */
    static Map<String, Map<String, Integer>> grades() {
        return grades(FOLDER);
    }

    /** The grades of the set in the given resource folder, as {@link #grades()}. */
    static Map<String, Map<String, Integer>> grades(String folder) {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        read(folder + JUDGEMENTS, JudgementFile.class).judgements().forEach((id, bySlug) -> {
            Map<String, Integer> g = new LinkedHashMap<>();
            bySlug.forEach((slug, judgement) -> g.put(slug, judgement.grade()));
            grades.put(id, g);
        });
        return grades;
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = GeneralisationSet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the test resources");
            return YAMLMapper.builder().build().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
