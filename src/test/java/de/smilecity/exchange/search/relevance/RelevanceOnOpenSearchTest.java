package de.smilecity.exchange.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.testsupport.OpenSearch;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The judged query set of {@link RelevanceTest} on the OpenSearch engine, its nDCG@10 logged beside
 * the queries that fare worse there, so that the two engines can be compared run by run.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@OpenSearch
class RelevanceOnOpenSearchTest {

    private static final Logger log = LoggerFactory.getLogger(RelevanceOnOpenSearchTest.class);

    @Autowired
    SearchService search;

    @Test
    void theJudgedQueriesFindWhatTheyShouldOnOpenSearch() {
        List<JudgedQueries.Score> scores =
                JudgedQueries.evaluate(q -> search.search(SearchRequest.of(q)).hits().stream()
                        .map(SearchHit::slug)
                        .toList());
        double mean = JudgedQueries.mean(scores);
        Map<String, Double> byKind = scores.stream()
                .collect(Collectors.groupingBy(
                        s -> s.judged().kind(), Collectors.averagingDouble(JudgedQueries.Score::ndcg)));
        log.info(
                "OpenSearch: nDCG@10 over {} judged queries: {} (by kind: {})",
                scores.size(),
                String.format("%.3f", mean),
                byKind);
        scores.stream()
                .filter(s -> s.ndcg() < 0.6)
                .forEach(s -> log.info(
                        "OpenSearch weak: {} '{}' nDCG={} top={}",
                        s.judged().id(),
                        s.judged().query(),
                        String.format("%.2f", s.ndcg()),
                        s.top()));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(30);
    }
}
