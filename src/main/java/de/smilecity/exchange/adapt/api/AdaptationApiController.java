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
import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * Adaptation through the API: adapt an entry for one's organisation, read its
 * lineage, download its kit, compare entries.
 */
@RestController
@Tag(name = "Adaptation", description = "Adapting entries for one's city, lineage, adaptation kits and comparison")
@RequestMapping("/api/v1")
class AdaptationApiController {

    private static final String ID_OR_SLUG = "Numeric id or slug of a published entry";

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
    @Operation(
            summary = "Adapt an entry for one's organisation",
            description =
                    "Creates a draft ADAPTATION linked to the entry (adaptedFrom) and pre-filled from it. Say what "
                            + "changed with PUT /api/v1/practices/{id} and adaptationChanges, then submit it.")
    @ApiResponse(responseCode = "201", description = "The draft; Location names its address")
    @ApiResponse(
            responseCode = "400",
            description = "No organisation named although the caller belongs to none, or an unknown one")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "The caller may not write for the named organisation")
    @ApiResponse(responseCode = "404", description = "No published entry with this id or slug")
    @ApiResponse(responseCode = "409", description = "The entry already belongs to that organisation")
    ResponseEntity<PracticeJson> adapt(
            @Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description =
                                    "Optional: {\"organisation\": \"<slug>\"}; editors must name one, contributors "
                                            + "may leave it out (their own)")
                    @RequestBody(required = false)
                    @Nullable
                    AdaptRequest request) {
        Practice draft = adaptations.adapt(idOrSlug, request == null ? null : request.organisation());
        return ResponseEntity.created(URI.create("/api/v1/practices/" + draft.getId()))
                .body(PracticeJson.of(draft, Audience.TEAM));
    }

    /** Where a published entry came from and who adapted it. */
    @GetMapping("/practices/{idOrSlug}/lineage")
    @Operation(
            summary = "Where an entry came from and who adapted it",
            description = "adaptationCount counts organisations with a published adaptation (also of an adaptation); "
                    + "tree is the whole family from its first original down.")
    @ApiResponse(responseCode = "200", description = "The lineage")
    @ApiResponse(responseCode = "404", description = "No published entry with this id or slug")
    LineageJson lineage(@Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug) {
        Practice practice = catalogue.getPublished(idOrSlug);
        return LineageJson.of(practice, lineages.of(Objects.requireNonNull(practice.getId())));
    }

    @GetMapping("/practices/{idOrSlug}/kit.md")
    @Operation(
            summary = "The adaptation kit as Markdown, the steps as a task list",
            description = "In the entry's own language; contacts only where the owner made them public.")
    @ApiResponse(responseCode = "200", description = "The kit", content = @Content(mediaType = "text/markdown"))
    @ApiResponse(responseCode = "404", description = "No published entry with this id or slug")
    ResponseEntity<String> kitMarkdown(@Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug) {
        return kit(idOrSlug, MARKDOWN, "md", KitMarkdown::render);
    }

    @GetMapping("/practices/{idOrSlug}/kit.pdf")
    @Operation(
            summary = "The adaptation kit as PDF: title page, facts, texts, steps as a checklist, lineage",
            description = "In the entry's own language; contacts only where the owner made them public.")
    @ApiResponse(responseCode = "200", description = "The kit", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "404", description = "No published entry with this id or slug")
    ResponseEntity<byte[]> kitPdf(@Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug) {
        return kit(idOrSlug, MediaType.APPLICATION_PDF, "pdf", KitPdf::render);
    }

    /** The printable kit: a standalone page that prints well and needs no script. */
    @GetMapping("/practices/{idOrSlug}/kit.html")
    @Operation(
            summary = "The adaptation kit as a printable standalone HTML page",
            description = "In the entry's own language; contacts only where the owner made them public.")
    @ApiResponse(responseCode = "200", description = "The kit", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "404", description = "No published entry with this id or slug")
    ResponseEntity<String> kitHtml(@Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug) {
        // Shown in the browser as a page, so no file name.
        return kit(idOrSlug, new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), null, KitHtml::render);
    }

    /** Two to four published entries side by side; {@code ids} are ids or slugs, comma-separated. */
    @GetMapping("/compare")
    @Operation(
            summary = "Two to four entries side by side",
            description = "One row per aspect with one value per entry and whether they differ; labels and values in "
                    + "the language of Accept-Language.")
    @ApiResponse(responseCode = "200", description = "The comparison")
    @ApiResponse(responseCode = "400", description = "Fewer than two or more than four different entries")
    @ApiResponse(
            responseCode = "404",
            description = "One of the entries is not published or does not exist (named in detail)")
    Comparison compare(
            @Parameter(description = "Ids or slugs of the entries, separated by commas, e.g. ids=a,b,c")
                    @RequestParam(defaultValue = "")
                    String ids,
            @Parameter(hidden = true) Locale locale) {
        List<String> asked = Arrays.stream(ids.split(",")).toList();
        return comparisons.compare(asked, locale);
    }

    /**
     * One kit in one format.
     *
     * @param extension the file name's extension for a download, or null for a page
     */
    private <T> ResponseEntity<T> kit(
            String idOrSlug, MediaType type, @Nullable String extension, java.util.function.Function<Kit, T> render) {
        Kit kit = kits.of(idOrSlug, baseUrl());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(type);
        if (extension != null) {
            answer.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline()
                            .filename(kit.fileName(extension), StandardCharsets.UTF_8)
                            .build()
                            .toString());
        }
        return answer.body(render.apply(kit));
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
