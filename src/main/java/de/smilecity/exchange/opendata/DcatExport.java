package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as JSON-LD in a DCAT-AP-style profile: one {@code dcat:Catalog} whose
 * {@code dcat:dataset} lists every entry as a {@code dcat:Dataset} with {@code dct:title},
 * {@code dct:description}, {@code dct:publisher}, {@code dct:spatial}, {@code dcat:theme} (innovation
 * fields and smile pillars), {@code dcat:keyword}, {@code dct:modified}, {@code dct:license} and, for
 * adaptations, {@code prov:wasDerivedFrom}. Texts carry the entry's language tag.
 */
public final class DcatExport implements EntrySink {

    public static final String MEDIA_TYPE = "application/ld+json";

    /** The prefixes of the profile; a harvester expands the compact names with them. */
    public static final Map<String, String> CONTEXT = context();

    private static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    private final JsonMapper json;
    private final JsonGenerator generator;
    private final ExportLinks links;

    public DcatExport(OutputStream out, JsonMapper json, ExportLinks links, Instant generatedAt) {
        this.json = json;
        this.links = links;
        this.generator = json.createGenerator(out);
        generator.writeStartObject();
        generator.writeName("@context");
        json.writeValue(generator, CONTEXT);
        generator.writeStringProperty("@id", links.path("/api/v1/export.jsonld"));
        generator.writeStringProperty("@type", "dcat:Catalog");
        generator.writeName("dct:title");
        json.writeValue(
                generator, List.of(tagged("smile exchange", Language.EN), tagged("smile exchange", Language.DE)));
        generator.writeName("dct:description");
        json.writeValue(
                generator,
                List.of(
                        tagged(
                                "Municipal best practices of the smart-city programme smile city of the Hanseatic"
                                        + " city of Rostock and its partner cities",
                                Language.EN),
                        tagged(
                                "Gute Praxis aus Kommunen im Smart-City-Programm smile city der Hansestadt Rostock"
                                        + " und ihrer Partnerstädte",
                                Language.DE)));
        generator.writeName("dct:publisher");
        json.writeValue(
                generator, Map.of("@type", "foaf:Organization", "foaf:name", "Hanse- und Universitätsstadt Rostock"));
        generator.writeName("dcat:landingPage");
        json.writeValue(generator, Map.of("@id", links.path("/practices")));
        generator.writeName("dct:license");
        json.writeValue(generator, Map.of("@id", Licences.uri("CC-BY-4.0")));
        generator.writeName("dct:modified");
        json.writeValue(generator, dateTime(generatedAt));
        generator.writeName("dcat:dataset");
        generator.writeStartArray();
    }

    @Override
    public void write(List<Practice> batch) throws IOException {
        for (Practice p : batch) {
            json.writeValue(generator, dataset(p));
        }
        generator.flush();
    }

    @Override
    public void finish() throws IOException {
        generator.writeEndArray();
        generator.writeEndObject();
        generator.flush();
    }

    private Map<String, Object> dataset(Practice p) {
        Organisation org = p.owner();
        Language language = Language.ofCode(p.getLanguage());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", links.practice(p));
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", p.getSlug());
        node.put("dct:type", p.getKind().name().toLowerCase(java.util.Locale.ROOT));
        node.put("dct:title", tagged(p.getTitle(), language));
        node.put("dct:description", tagged(p.getSummary(), language));
        node.put("dct:language", Map.of("@id", EU_LANGUAGE + (language == Language.EN ? "ENG" : "DEU")));
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@id", links.organisation(org.getSlug()));
        publisher.put("@type", "foaf:Organization");
        publisher.put("foaf:name", org.getName());
        node.put("dct:publisher", publisher);
        Map<String, Object> spatial = new LinkedHashMap<>();
        spatial.put("@type", "dct:Location");
        spatial.put("locn:geographicName", org.getName());
        if (org.getState() != null) spatial.put("locn:adminUnitL2", org.getState());
        spatial.put("locn:adminUnitL1", org.getCountry());
        node.put("dct:spatial", spatial);
        List<Map<String, Object>> themes = new ArrayList<>();
        for (ConceptScheme scheme : List.of(ConceptScheme.INNOVATION_FIELD, ConceptScheme.SMILE_PILLAR)) {
            for (Concept c : p.getConcepts(scheme)) {
                Map<String, Object> theme = new LinkedHashMap<>();
                theme.put("@id", links.concept(scheme, c.getCode()));
                theme.put("@type", "skos:Concept");
                theme.put("skos:notation", c.getCode());
                theme.put(
                        "skos:prefLabel",
                        List.of(tagged(c.getLabelDe(), Language.DE), tagged(c.getLabelEn(), Language.EN)));
                themes.add(theme);
            }
        }
        node.put("dcat:theme", themes);
        List<String> keywords = new ArrayList<>(p.getKeywords());
        keywords.addAll(p.getTechnologies());
        node.put("dcat:keyword", keywords);
        node.put("dcat:landingPage", Map.of("@id", links.practice(p)));
        if (p.getPublishedAt() != null) node.put("dct:issued", dateTime(p.getPublishedAt()));
        node.put("dct:modified", dateTime(p.getUpdatedAt()));
        node.put("dct:license", Map.of("@id", Licences.uri(p.getProvenance().getLicence())));
        @Nullable Practice original = p.getAdaptedFrom();
        if (original != null) {
            node.put("prov:wasDerivedFrom", Map.of("@id", links.practice(original)));
        }
        return node;
    }

    private static Map<String, String> tagged(String text, Language language) {
        return Map.of("@value", text, "@language", language.code());
    }

    private static Map<String, String> dateTime(Instant instant) {
        return Map.of("@value", instant.toString(), "@type", "xsd:dateTime");
    }

    private static Map<String, String> context() {
        Map<String, String> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("locn", "http://www.w3.org/ns/locn#");
        context.put("prov", "http://www.w3.org/ns/prov#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return java.util.Collections.unmodifiableMap(context);
    }
}
