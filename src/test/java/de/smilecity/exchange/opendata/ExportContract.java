package de.smilecity.exchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.PracticeFilter;
import de.smilecity.exchange.catalogue.PracticeSummary;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports and the feed parsed back and compared with the catalogue, exactly as the issue checks
 * them. Run on H2 ({@link ExportH2Test}) and on MariaDB ({@link ExportMariaDbTest}), because the
 * exports page through the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
abstract class ExportContract {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CatalogueService catalogue;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    List<PracticeSummary> published() {
        return catalogue
                .findPublished(PracticeFilter.NONE, PageRequest.of(0, 10_000))
                .getContent();
    }

    static List<CSVRecord> csv(String body) throws Exception {
        assertThat(body).as("starts with a byte order mark").startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))) {
            assertThat(parser.getHeaderNames()).isEqualTo(CsvExport.COLUMNS);
            return parser.getRecords();
        }
    }

    @Test
    void csvHasOneRowPerPublishedEntryAndEveryTitle() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/export.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<CSVRecord> rows = csv(response.body());
        List<PracticeSummary> published = published();
        assertThat(rows).hasSize(published.size()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows.stream().map(r -> r.get("title")).collect(Collectors.toSet()))
                .isEqualTo(published.stream().map(PracticeSummary::title).collect(Collectors.toSet()));
        CSVRecord first = rows.getFirst();
        assertThat(first.get("url")).startsWith("http://localhost:" + port + "/practices/");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("innovation_fields")).contains(CsvExport.LIST_SEPARATOR));
    }

    @Test
    void csvTakesTheFiltersOfTheSearch() throws Exception {
        JsonNode search =
                JSON.readTree(http.get("/api/v1/practices?field=mobility&size=100", "Accept", "application/json")
                        .body());
        List<CSVRecord> rows = csv(http.get("/api/v1/export.csv?field=mobility").body());
        assertThat(rows).hasSize(search.get("total").asInt()).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("innovation_fields")).contains("mobility"));
        assertThat(http.get("/api/v1/export.csv?phase=sleeping").statusCode()).isEqualTo(400);
    }

    @Test
    void jsonLdListsEveryEntryWithTitlePublisherAndThemes() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/export.jsonld");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/ld+json"));
        JsonNode catalogueNode = JSON.readTree(response.body());
        assertThat(catalogueNode.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalogueNode.get("@context").get("dct").asString()).isEqualTo("http://purl.org/dc/terms/");
        assertThat(catalogueNode.get("@type").asString()).isEqualTo("dcat:Catalog");
        JsonNode datasets = catalogueNode.get("dcat:dataset");
        List<PracticeSummary> published = published();
        assertThat(datasets.size()).isEqualTo(published.size());
        Set<String> titles = new java.util.HashSet<>();
        for (JsonNode dataset : datasets) {
            assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
            titles.add(dataset.get("dct:title").get("@value").asString());
            assertThat(dataset.get("dct:publisher").get("foaf:name").asString()).isNotBlank();
            assertThat(dataset.get("dcat:theme").size())
                    .as(dataset.get("@id").asString())
                    .isPositive();
            assertThat(dataset.get("dcat:theme").get(0).get("skos:prefLabel")).isNotEmpty();
            assertThat(dataset.get("dct:modified").get("@value").asString()).isNotBlank();
            assertThat(dataset.get("dct:license").get("@id").asString()).startsWith("https://");
            assertThat(dataset.get("dct:spatial").get("locn:geographicName").asString())
                    .isNotBlank();
        }
        assertThat(titles)
                .isEqualTo(published.stream().map(PracticeSummary::title).collect(Collectors.toSet()));
        assertThat(datasets)
                .anySatisfy(d -> assertThat(d.has("prov:wasDerivedFrom")).isTrue());
    }

    @Test
    void jsonHasEveryEntryInTheShapeOfTheDetail() throws Exception {
        JsonNode entries = JSON.readTree(http.get("/api/v1/export.json").body());
        assertThat(entries.isArray()).isTrue();
        assertThat(entries.size()).isEqualTo(published().size());
        assertThat(entries.get(0).get("organisation").get("name").asString()).isNotBlank();
        assertThat(entries.get(0).has("innovationFields")).isTrue();
    }

    @Test
    void atomFeedHoldsTheNewestEntriesNewestFirst() throws Exception {
        HttpResponse<String> response = http.get("/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed =
                factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(AtomFeed.ATOM);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS(AtomFeed.ATOM, "entry");
        List<String> feedTitles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            feedTitles.add(text(entry, "title"));
            assertThat(text(entry, "id")).startsWith("http://localhost:" + port + "/practices/");
            assertThat(text(entry, "updated")).isNotBlank();
        }
        // The newest by last change, from the JSON export, which has every entry with its updatedAt.
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(http.get("/api/v1/export.json").body()).forEach(all::add);
        List<String> newest = all.stream()
                .sorted(Comparator.comparing((JsonNode e) ->
                                java.time.Instant.parse(e.get("updatedAt").asString()))
                        .thenComparing(e -> e.get("id").asLong())
                        .reversed())
                .limit(50)
                .map(e -> e.get("title").asString())
                .toList();
        assertThat(feedTitles).isEqualTo(newest);
    }

    @Test
    void filteredFeedHoldsOnlyMatchingEntries() throws Exception {
        String body = http.get("/feed.atom?field=mobility").body();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
        NodeList entries = feed.getElementsByTagNameNS(AtomFeed.ATOM, "entry");
        assertThat(entries.getLength()).isPositive();
        for (int i = 0; i < entries.getLength(); i++) {
            NodeList categories = ((Element) entries.item(i)).getElementsByTagNameNS(AtomFeed.ATOM, "category");
            List<String> terms = new ArrayList<>();
            for (int c = 0; c < categories.getLength(); c++) {
                terms.add(((Element) categories.item(c)).getAttribute("term"));
            }
            assertThat(terms).contains("mobility");
        }
    }

    @Test
    void exportsAnswer304WhileNothingChanged() throws Exception {
        for (String path : List.of(
                "/api/v1/export.csv",
                "/api/v1/export.json",
                "/api/v1/export.jsonld",
                "/feed.atom",
                "/api/v1/export.csv?field=mobility")) {
            HttpResponse<String> first = http.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(http.get(path, "If-None-Match", etag).statusCode())
                    .as(path)
                    .isEqualTo(304);
            HttpResponse<String> byDate = http.get(path, "If-Modified-Since", lastModified);
            assertThat(byDate.statusCode()).as(path).isEqualTo(304);
            assertThat(byDate.body()).isEmpty();
            assertThat(http.get(path, "If-None-Match", "\"other\"").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> head = http.send("HEAD", "/api/v1/export.csv");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).isPresent();
        assertThat(head.body()).isEmpty();
        assertThat(http.get("/api/v1/export.csv").headers().firstValue("ETag"))
                .isNotEqualTo(
                        http.get("/api/v1/export.csv?field=mobility").headers().firstValue("ETag"));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeed.ATOM, name).item(0).getTextContent();
    }
}
