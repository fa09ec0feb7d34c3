package de.smilecity.exchange.adapt.api;

import de.smilecity.exchange.adapt.AdaptationService;
import de.smilecity.exchange.adapt.Comparison;
import de.smilecity.exchange.adapt.ComparisonService;
import de.smilecity.exchange.adapt.Kit;
import de.smilecity.exchange.adapt.KitHtml;
import de.smilecity.exchange.adapt.KitMarkdown;
import de.smilecity.exchange.adapt.KitPdf;
import de.smilecity.exchange.adapt.KitService;
import de.smilecity.exchange.adapt.Lineage;
import de.smilecity.exchange.adapt.LineageService;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Adaptation through the API (DESIGN.md §4): adapt an entry for one's organisation, read its
 * lineage, download its kit, compare entries.
 */
@RestController
@RequestMapping("/api/v1")
class AdaptationApiController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    /** The body of an adaptation request; contributors may leave it out, editors name the organisation. */
    record AdaptRequest(@Nullable String organisation) {}

    private final AdaptationService adaptations;
    private final LineageService lineages;
    private final KitService kits;
    private final ComparisonService comparisons;
    private final CatalogueService catalogue;

    AdaptationApiController(
            AdaptationService adaptations,
            LineageService lineages,
            KitService kits,
            ComparisonService comparisons,
            CatalogueService catalogue) {
        this.adaptations = adaptations;
        this.lineages = lineages;
        this.kits = kits;
        this.comparisons = comparisons;
        this.catalogue = catalogue;
    }

    /** Creates a draft adaptation of a published entry for the caller's organisation (201 with the draft). */
    @PostMapping("/practices/{idOrSlug}/adaptations")
    ResponseEntity<PracticeJson> adapt(
            @PathVariable String idOrSlug, @RequestBody(required = false) @Nullable AdaptRequest request) {
        Practice draft = adaptations.adapt(idOrSlug, request == null ? null : request.organisation());
        return ResponseEntity.created(URI.create("/api/v1/practices/" + draft.getId()))
                .body(PracticeJson.of(draft, true));
    }

    /** Where a published entry came from and who adapted it. */
    @GetMapping("/practices/{idOrSlug}/lineage")
    LineageJson lineage(@PathVariable String idOrSlug) {
        Practice practice = catalogue.getPublished(idOrSlug);
        return LineageJson.of(practice, lineages.of(Objects.requireNonNull(practice.getId())));
    }

    @GetMapping("/practices/{idOrSlug}/kit.md")
    ResponseEntity<String> kitMarkdown(@PathVariable String idOrSlug) {
        Kit kit = kits.of(idOrSlug, baseUrl());
        return ResponseEntity.ok()
                .contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(kit, "md"))
                .body(KitMarkdown.render(kit));
    }

    @GetMapping("/practices/{idOrSlug}/kit.pdf")
    ResponseEntity<byte[]> kitPdf(@PathVariable String idOrSlug) {
        Kit kit = kits.of(idOrSlug, baseUrl());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(kit, "pdf"))
                .body(KitPdf.render(kit));
    }

    /** The printable kit: a standalone page that prints well and needs no script. */
    @GetMapping("/practices/{idOrSlug}/kit.html")
    ResponseEntity<String> kitHtml(@PathVariable String idOrSlug) {
        Kit kit = kits.of(idOrSlug, baseUrl());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(KitHtml.render(kit));
    }

    /** Two to four published entries side by side; {@code ids} are ids or slugs, comma-separated. */
    @GetMapping("/compare")
    Comparison compare(@RequestParam(defaultValue = "") String ids, Locale locale) {
        List<String> asked = Arrays.stream(ids.split(",")).toList();
        return comparisons.compare(asked, locale);
    }

    private static String disposition(Kit kit, String extension) {
        return ContentDisposition.inline()
                .filename(kit.fileName(extension), StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /**
     * @param adaptationCount how many organisations adapted the entry
     * @param adoptingOrganisations those organisations, with size class and state
     * @param adaptedFrom the entry it adapts, or null for an original
     * @param tree the whole family from its first original down
     */
    record LineageJson(
            long id,
            String slug,
            int adaptationCount,
            List<Lineage.Adopter> adoptingOrganisations,
            Lineage.@Nullable Node adaptedFrom,
            Lineage.Node tree) {

        static LineageJson of(Practice practice, Lineage lineage) {
            return new LineageJson(
                    Objects.requireNonNull(practice.getId()),
                    practice.getSlug(),
                    lineage.adoptionCount(),
                    lineage.adopters(),
                    lineage.adaptedFrom() == null ? null : leaf(lineage.adaptedFrom()),
                    lineage.root());
        }

        private static Lineage.Node leaf(Lineage.Node node) {
            return new Lineage.Node(
                    node.id(),
                    node.slug(),
                    node.title(),
                    node.organisationSlug(),
                    node.organisationName(),
                    node.published(),
                    false,
                    List.of());
        }
    }
}
