package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org JSON-LD of a page: the first node, at the top, in a top-level array or in
 * {@code @graph}, whose {@code @type} is one of {@link #TYPES}. The type string is matched, not the
 * schema.org hierarchy: a WebPage is a CreativeWork there, but it describes the page, not the project.
 */
final class JsonLd {

    static final Set<String> TYPES =
            Set.of("Project", "CreativeWork", "Article", "NewsArticle", "BlogPosting", "Report");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode node;
    private final Map<String, JsonNode> byId;

    private JsonLd(JsonNode node, Map<String, JsonNode> byId) {
        this.node = node;
        this.byId = byId;
    }

    /** The page's project node, or empty when it has none (or only broken JSON, which is ignored). */
    static Optional<JsonLd> of(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException e) {
                continue; // a broken block on a partner page: the other blocks and fallbacks still count
            }
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes);
            Map<String, JsonNode> byId = new HashMap<>();
            for (JsonNode n : nodes) {
                if (n.hasNonNull("@id")) byId.put(n.get("@id").asString(), n);
            }
            for (JsonNode n : nodes) {
                if (hasWantedType(n)) return Optional.of(new JsonLd(n, byId));
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code @type}s of every node of the page's JSON-LD (top level, top-level arrays, {@code @graph}),
     * one list per node in page order; broken blocks are left out, as in {@link #of}.
     */
    static List<List<String>> nodeTypes(Document doc) {
        List<List<String>> types = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            List<JsonNode> nodes = new ArrayList<>();
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JacksonException e) {
                continue; // a broken block says nothing about the page; the other blocks still do
            }
            for (JsonNode n : nodes) {
                JsonNode type = n.get("@type");
                if (type == null) continue;
                List<String> names = new ArrayList<>();
                if (type.isArray()) type.forEach(t -> names.add(t.asString()));
                else names.add(type.asString());
                types.add(List.copyOf(names));
            }
        }
        return types;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            into.add(node);
            JsonNode graph = node.get("@graph");
            if (graph != null) collect(graph, into);
        }
    }

    private static boolean hasWantedType(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (TYPES.contains(t.asString())) return true;
            }
            return false;
        }
        return TYPES.contains(type.asString());
    }

    Optional<String> title() {
        return text(node, "name").or(() -> text(node, "headline"));
    }

    Optional<String> description() {
        return text(node, "description");
    }

    /** keywords as a comma-separated string or as an array. */
    List<String> keywords() {
        JsonNode k = node.get("keywords");
        List<String> result = new ArrayList<>();
        if (k == null) return result;
        if (k.isArray()) {
            k.forEach(v -> addKeyword(result, v.asString()));
        } else {
            for (String part : k.asString().split(",")) addKeyword(result, part);
        }
        return result;
    }

    private static void addKeyword(List<String> into, String keyword) {
        String k = keyword.strip();
        if (!k.isEmpty() && !into.contains(k)) into.add(k);
    }

    /** publisher.name if present, else author.name; {@code {"@id": …}} resolved within the same graph. */
    Optional<String> organisation() {
        return partyName("publisher").or(() -> partyName("author"));
    }

    Optional<String> language() {
        return text(node, "inLanguage");
    }

    /**
     * The region of the project's place: {@code location} (or {@code spatialCoverage}) → {@code address}
     * → {@code addressRegion}, references resolved within the graph. SEO plugins fill it from a form
     * field, so a page may name its region nowhere else.
     */
    Optional<String> region() {
        for (String property : List.of("location", "spatialCoverage", "address")) {
            JsonNode place = resolved(node.get(property));
            if (place == null) continue;
            JsonNode address = property.equals("address") ? place : resolved(place.get("address"));
            if (address == null) continue;
            Optional<String> region = text(address, "addressRegion");
            if (region.isPresent()) return region;
        }
        return Optional.empty();
    }

    private @Nullable JsonNode resolved(@Nullable JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) n = n.isEmpty() ? null : n.get(0);
        if (n == null || !n.isObject()) return null;
        JsonNode ref = n.get("@id");
        if (n.size() == 1 && ref != null) return byId.get(ref.asString());
        return n;
    }

    private Optional<String> partyName(String property) {
        JsonNode party = node.get(property);
        if (party == null) return Optional.empty();
        if (party.isArray()) party = party.isEmpty() ? null : party.get(0);
        if (party == null) return Optional.empty();
        if (party.isString()) return Optional.of(party.asString().strip()).filter(s -> !s.isEmpty());
        Optional<String> name = text(party, "name");
        if (name.isPresent()) return name;
        JsonNode ref = party.get("@id");
        @Nullable JsonNode resolved = ref == null ? null : byId.get(ref.asString());
        return resolved == null ? Optional.empty() : text(resolved, "name");
    }

    private static Optional<String> text(JsonNode n, String property) {
        JsonNode v = n.get(property);
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isArray()) v = v.isEmpty() ? null : v.get(0);
        if (v == null || !v.isValueNode()) return Optional.empty();
        String s = org.jsoup.parser.Parser.unescapeEntities(v.asString(), false).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
