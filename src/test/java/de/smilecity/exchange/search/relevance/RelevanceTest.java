package de.smilecity.exchange.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * nDCG@10 of the search over the judged query set, against a threshold set just under the measured
 * value: a change that makes the search find worse fails here.
 *
 * <p>The judgements are about the seed catalogue, so the test starts an app of its own: the test
 * classes before it share one app and leave entries of their own in it, published ones among them,
 * which would take places in the top ten and change what the words weigh.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class RelevanceTest {

    /**
     * Measured 0.916 on 2026-12-07 over the seed content, with the widened question and the weights
     * chosen on the generalisation set's tuning half (0.919 on 2026-11-26); the issue asks for at least
     * 0.8.
     */
    static final double THRESHOLD = 0.90;

    private static final Logger log = LoggerFactory.getLogger(RelevanceTest.class);

    @Autowired
    SearchService search;

    @Test
    void theJudgedQueriesFindWhatTheyShould() {
        List<JudgedQueries.Score> scores =
                JudgedQueries.evaluate(q -> search.search(SearchRequest.of(q)).hits().stream()
                        .map(SearchHit::slug)
                        .toList());
        double mean = JudgedQueries.mean(scores);
        Map<String, Double> byKind = scores.stream()
                .collect(Collectors.groupingBy(
                        s -> s.judged().kind(), Collectors.averagingDouble(JudgedQueries.Score::ndcg)));
        log.info(
                "nDCG@10 over {} judged queries: {} (by kind: {})", scores.size(), String.format("%.3f", mean), byKind);
        scores.stream()
                .filter(s -> s.ndcg() < 0.6)
                .forEach(s -> log.info(
                        "weak: {} '{}' nDCG={} top={}",
                        s.judged().id(),
                        s.judged().query(),
                        String.format("%.2f", s.ndcg()),
                        s.top()));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(30);
        assertThat(mean).isGreaterThanOrEqualTo(THRESHOLD);
    }
}
