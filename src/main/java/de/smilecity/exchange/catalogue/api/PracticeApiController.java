package de.smilecity.exchange.catalogue.api;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Public reads of single published entries; lists and search are in the search feature. */
@RestController
@Tag(name = "Catalogue", description = "Public reads of the published catalogue")
@RequestMapping("/api/v1/practices")
class PracticeApiController {

    private final CatalogueService catalogue;
    private final CurrentUser user;
    private final JsonMapper json;

    PracticeApiController(CatalogueService catalogue, CurrentUser user, JsonMapper json) {
        this.catalogue = catalogue;
        this.user = user;
        this.json = json;
    }

    /** One published entry by numeric id or slug, with every field. */
    @GetMapping("/{idOrSlug}")
    @Operation(
            summary = "One entry with every field",
            description =
                    "Published entries for everybody; drafts and other states only for their organisation's contributors and the editors. Members-only contacts only for signed-in callers.")
    @ApiResponse(
            responseCode = "200",
            description = "The entry; its ETag names the entry's version, for If-Match on PUT and transitions")
    @ApiResponse(responseCode = "404", description = "No entry with this id or slug that the caller may see")
    ResponseEntity<PracticeJson> one(
            @Parameter(description = "Numeric id or slug of the entry") @PathVariable String idOrSlug) {
        // Drafts and other unpublished states only for their organisation and the editors; for
        // everybody else they do not exist (404, not 403: their existence is not public either).
        Practice practice =
                catalogue.getVisible(idOrSlug, p -> Audience.of(user.find(), p).mayOpen(p));
        PracticeJson answer = PracticeJson.of(practice, Audience.of(user.find(), practice));
        return ResponseEntity.ok()
                .eTag(PracticeETag.of(practice, json.writeValueAsBytes(answer)))
                .body(answer);
    }
}
