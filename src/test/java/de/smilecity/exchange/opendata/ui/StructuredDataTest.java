package de.smilecity.exchange.opendata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.opendata.Http;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A detail page as a search engine fetches it: plain HTTP, no script run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class StructuredDataTest {

    static final String SLUG = "rostock-beteiligungsplattform-mein-rostock";

    @LocalServerPort
    int port;

    @Autowired
    CatalogueService catalogue;

    @Test
    void detailPageHeadCarriesValidJsonLdNamingTheEntryAndACanonicalLink() throws Exception {
        Practice practice = catalogue.getPublished(SLUG);
        HttpResponse<String> response = new Http(port).get("/practices/" + SLUG, "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        Element script = page.head().selectFirst("script[type=application/ld+json]");
        assertThat(script).as("JSON-LD in the head").isNotNull();
        JsonNode json = JsonMapper.builder().build().readTree(script.data());
        assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(json.get("name").asString()).isEqualTo(practice.getTitle());
        assertThat(json.get("publisher").get("name").asString())
                .isEqualTo(practice.owner().getName());
        assertThat(json.get("url").asString()).isEqualTo("http://localhost:" + port + "/practices/" + SLUG);
        assertThat(page.head().selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:" + port + "/practices/" + SLUG);
    }

    @Test
    void otherPagesCarryNone() throws Exception {
        Http http = new Http(port);
        for (String path : new String[] {"/practices", "/practices/no-such-entry", "/practices/" + SLUG + "/history"}) {
            Document page = Jsoup.parse(http.get(path, "Accept", "text/html").body());
            assertThat(page.select("script[type=application/ld+json]")).as(path).isEmpty();
        }
    }
}
