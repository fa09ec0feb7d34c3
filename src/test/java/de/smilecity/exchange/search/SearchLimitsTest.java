package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.opendata.Http;
import de.smilecity.exchange.search.internal.IndexFields;
import de.smilecity.exchange.search.internal.SpellingCorrector;
import jakarta.persistence.EntityManagerFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One request must not tie up a core: searches beyond the limits are refused at every door with a
 * 400 naming the limit, and the work of the largest accepted search is bounded at its root.
 */
@Tag("hostile")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SearchLimitsTest {

    static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    @LocalServerPort
    int port;

    @Autowired
    SearchService search;

    @Autowired
    SpellingCorrector spelling;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static String consonants(int length, Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        return word.toString();
    }

    /** Words of random consonants, as many and as long as fit into the longest accepted query. */
    static String worstQuery(int words, Random random) {
        int length = Math.min(SearchRequest.MAX_WORD_LENGTH, (SearchRequest.MAX_QUERY_LENGTH - (words - 1)) / words);
        List<String> query = new ArrayList<>();
        for (int i = 0; i < words; i++) query.add(consonants(length, random));
        return String.join(" ", query);
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    IndexReader reader() {
        return Search.mapping(entityManagerFactory)
                .scope(Practice.class)
                .extension(LuceneExtension.get())
                .openIndexReader();
    }

    @Test
    void theLargestAcceptedSearchesAnswer() throws Exception {
        Random random = new Random(13);
        for (String query : List.of(
                worstQuery(SearchRequest.MAX_WORDS, random),
                worstQuery(SearchRequest.MAX_QUERY_LENGTH / (SearchRequest.MAX_WORD_LENGTH + 1), random),
                consonants(SearchRequest.MAX_WORD_LENGTH, random))) {
            assertThat(query.length()).isLessThanOrEqualTo(SearchRequest.MAX_QUERY_LENGTH);
            HttpResponse<String> answer =
                    http.get("/api/v1/practices?q=" + encoded(query), "Accept", "application/json");
            assertThat(answer.statusCode()).as(query).isEqualTo(200);
            assertThat(http.get("/api/v1/suggest?q=" + encoded(query)).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyAFewWordsGetTypoTolerance() throws Exception {
        try (IndexReader reader = reader()) {
            List<String> typos = typos(reader, 3 * SpellingCorrector.MAX_CHECKED_WORDS);
            Map<String, List<String>> alternatives = spelling.alternatives(reader, String.join(" ", typos));
            assertThat(alternatives).isNotEmpty().hasSizeLessThanOrEqualTo(SpellingCorrector.MAX_CHECKED_WORDS);
            // A word longer than any typo worth correcting is searched as typed.
            String longTypo = typos.getFirst() + "x".repeat(SpellingCorrector.MAX_CHECKED_LENGTH);
            assertThat(spelling.alternatives(reader, longTypo)).isEmpty();
        }
    }

    /** Known words of the catalogue, each with one letter changed (the first kept, as the check wants). */
    static List<String> typos(IndexReader reader, int count) throws Exception {
        Terms terms = MultiTerms.getTerms(reader, IndexFields.SPELL);
        TermsEnum words = terms.iterator();
        List<String> typos = new ArrayList<>();
        for (BytesRef term = words.next(); term != null && typos.size() < count; term = words.next()) {
            String word = term.utf8ToString();
            if (word.length() < 8 || word.length() > 20 || !word.chars().allMatch(Character::isLetter)) continue;
            int middle = word.length() / 2;
            String typo =
                    word.substring(0, middle) + (word.charAt(middle) == 'q' ? 'z' : 'q') + word.substring(middle + 1);
            if (reader.docFreq(new org.apache.lucene.index.Term(IndexFields.SPELL, typo)) == 0) typos.add(typo);
        }
        assertThat(typos).hasSize(count);
        return typos;
    }

    @Test
    void everyDoorRefusesASearchBeyondItsLimitsWithTheLimitNamed() throws Exception {
        String tooLong = encoded("b".repeat(2000));
        // As many as fit into the 8 KB of a request's head; more are refused by the server itself.
        String manyValues = "keyword=k" + "&keyword=k".repeat(SearchRequest.MAX_VALUES_PER_FACET);
        for (String path : List.of(
                "/api/v1/practices?q=" + tooLong,
                "/api/v1/practices?q=a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t+u+v",
                "/api/v1/practices?q=" + encoded("x".repeat(60)),
                "/api/v1/practices?" + manyValues,
                "/api/v1/practices?keyword=" + "k".repeat(300),
                "/api/v1/practices?page=21474837&size=100",
                "/api/v1/practices?page=42949672&size=100",
                "/api/v1/suggest?q=" + tooLong,
                "/api/v1/export.csv?q=" + tooLong,
                "/api/v1/export.json?" + manyValues,
                "/api/v1/export.json?" + "field=f&state=s&keyword=k&".repeat(40),
                "/api/v1/export.jsonld?q=" + tooLong,
                "/feed.atom?q=" + tooLong)) {
            HttpResponse<String> answer = http.get(path, "Accept", "application/json");
            path = path.length() <= 120 ? path : path.substring(0, 120) + "…";
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(answer.body()).as(path).containsPattern("at most [0-9]+").hasSizeLessThan(1000);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
    }
}
