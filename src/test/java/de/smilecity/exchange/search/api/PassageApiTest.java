package de.smilecity.exchange.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ReportContent;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.testsupport.TestPractices;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code GET /api/v1/passages}: passages of published entries' reports, within the limits of a search. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class PassageApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Reports reports;

    @Test
    void answersWithThePageTheEntryAndTheMarkedPassageOfPublishedEntriesOnly() {
        Practice published = entry(PracticeState.PUBLISHED);
        String url = attach(published, "Bericht Gründachkataster", "Das Gründachkataster erfasst 4.200 Dächer.");
        Practice draft = entry(PracticeState.DRAFT);
        attach(draft, "Entwurf Gründachkataster", "Das Gründachkataster im Entwurf.");

        assertThat(mvc.get().uri("/api/v1/passages?q=Gründachkataster"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.length()").asNumber().isEqualTo(1);
                    json.assertThat()
                            .extractingPath("$[0].entrySlug")
                            .asString()
                            .isEqualTo(published.getSlug());
                    json.assertThat()
                            .extractingPath("$[0].reportTitle")
                            .asString()
                            .isEqualTo("Bericht Gründachkataster");
                    json.assertThat().extractingPath("$[0].page").asNumber().isEqualTo(2);
                    json.assertThat()
                            .extractingPath("$[0].snippet")
                            .asString()
                            // HTML-escaped like every snippet of the search: umlauts as entities.
                            .contains("<mark>Gr&uuml;ndachkataster</mark>");
                    json.assertThat().extractingPath("$[0].link").asString().isEqualTo(url + "#page=2");
                });
    }

    @Test
    void refusesWhatASearchRefusesAsProblemJson() {
        assertThat(mvc.get().uri("/api/v1/passages?q=" + "w".repeat(600)))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("600 characters");
        assertThat(mvc.get().uri("/api/v1/passages?q=Kosten&size=500"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/passages?q="))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("[]");
    }

    private Practice entry(PracticeState state) {
        Practice p = TestPractices.rostockBeteiligungsplattform(catalogue, "api-passagen-" + System.nanoTime());
        TestStates.in(p, state);
        return catalogue.save(p);
    }

    private String attach(Practice entry, String title, String passage) {
        String url = "https://partner.example/berichte/" + System.nanoTime() + ".pdf";
        List<String> pages = List.of("Seite eins.", "Seite zwei. " + passage, "Seite drei.");
        reports.store(new ReportContent(url, title, "de", pages, true, "hash-" + System.nanoTime(), Instant.now()));
        reports.attach(List.of(url), Objects.requireNonNull(entry.getId()));
        return url;
    }
}
