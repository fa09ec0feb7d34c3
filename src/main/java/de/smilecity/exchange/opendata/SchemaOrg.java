package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description of one published entry, for the JSON-LD block in its detail page's
 * head. A {@code CreativeWork} (the write-up of what a city did), so that our own crawler's generic
 * fallback and other catalogues read it like a partner's page.
 */
public final class SchemaOrg {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaOrg() {}

    /**
     * The JSON-LD text, safe to place inside a {@code <script>} element: every {@code <} is escaped,
     * so that no text of an entry can close the element.
     */
    public static String jsonLd(Practice p, ExportLinks links) {
        return JSON.writeValueAsString(node(p, links)).replace("<", "\\u003c");
    }

    static Map<String, Object> node(Practice p, ExportLinks links) {
        Organisation org = p.owner();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", "https://schema.org");
        node.put("@type", "CreativeWork");
        node.put("@id", links.practice(p));
        node.put("url", links.practice(p));
        node.put("name", p.getTitle());
        node.put("headline", p.getTitle());
        node.put("description", p.getSummary());
        node.put("inLanguage", p.getLanguage());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "GovernmentOrganization");
        publisher.put("@id", links.organisation(org.getSlug()));
        publisher.put("name", org.getName());
        if (org.getWebsite() != null) publisher.put("url", org.getWebsite());
        node.put("author", publisher);
        node.put("publisher", publisher);
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", org.getName());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (org.getState() != null) address.put("addressRegion", org.getState());
        address.put("addressCountry", org.getCountry());
        place.put("address", address);
        node.put("spatialCoverage", place);
        List<Map<String, Object>> about = new ArrayList<>();
        for (ConceptScheme scheme : List.of(ConceptScheme.INNOVATION_FIELD, ConceptScheme.SMILE_PILLAR)) {
            for (Concept c : p.getConcepts(scheme)) {
                Map<String, Object> term = new LinkedHashMap<>();
                term.put("@type", "DefinedTerm");
                term.put("termCode", c.getCode());
                term.put("name", Language.ofCode(p.getLanguage()) == Language.EN ? c.getLabelEn() : c.getLabelDe());
                term.put("url", links.concept(scheme, c.getCode()));
                about.add(term);
            }
        }
        node.put("about", about);
        List<String> keywords = new ArrayList<>(p.getKeywords());
        keywords.addAll(p.getTechnologies());
        if (!keywords.isEmpty()) node.put("keywords", String.join(", ", keywords));
        if (p.getPublishedAt() != null)
            node.put("datePublished", p.getPublishedAt().toString());
        node.put("dateModified", p.getUpdatedAt().toString());
        node.put("license", Licences.uri(p.getProvenance().getLicence()));
        @Nullable Practice original = p.getAdaptedFrom();
        if (original != null) node.put("isBasedOn", links.practice(original));
        return node;
    }
}
