package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import de.smilecity.exchange.crawl.CandidateEdit;
import de.smilecity.exchange.crawl.CandidateService;
import de.smilecity.exchange.crawl.ImportCandidate;
import de.smilecity.exchange.shared.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The import review queue for editors. */
@RestController
@Tag(name = "Crawler", description = "Partner sources, crawl runs and the import review (editors)")
@RequestMapping("/api/v1/admin/candidates")
class CandidateApiController {

    private final CandidateService candidates;

    CandidateApiController(CandidateService candidates) {
        this.candidates = candidates;
    }

    /** The candidates of one run ({@code ?run=}), or else the pending ones ({@code ?review=all} for all recent). */
    @GetMapping
    @Operation(
            summary = "Import candidates",
            description =
                    "The candidates of one run, or else those waiting for review (review=all for all recent ones).")
    @ApiResponse(responseCode = "200", description = "The candidates with their diffs")
    @ApiResponse(responseCode = "400", description = "review is neither pending nor all")
    List<CandidateJson> list(
            @Parameter(description = "Only the candidates of this crawl run (its id)") @RequestParam(required = false)
                    Long run,
            @Parameter(description = "Without run: pending (default) or all recent candidates")
                    @RequestParam(defaultValue = "pending")
                    String review) {
        List<ImportCandidate> found;
        if (run != null) {
            found = candidates.ofRun(run);
        } else {
            found = switch (review.toLowerCase(Locale.ROOT)) {
                case "pending" -> candidates.pending();
                case "all" -> candidates.recent();
                default ->
                    throw new BadRequestException("review", "review must be 'pending' or 'all', was '" + review + "'");
            };
        }
        return found.stream()
                .map(c -> CandidateJson.of(
                        c, candidates.diff(c.id()), candidates.resemblance(c), candidates.reports(c.id())))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One import candidate",
            description = "Its extracted fields, source URL and, for a URL imported before, the diff.")
    @ApiResponse(responseCode = "200", description = "The candidate")
    @ApiResponse(responseCode = "404", description = "No import candidate with this id")
    CandidateJson one(@Parameter(description = "Id of the import candidate") @PathVariable long id) {
        ImportCandidate candidate = candidates.get(id);
        return CandidateJson.of(
                candidate, candidates.diff(id), candidates.resemblance(candidate), candidates.reports(id));
    }

    /** Publishes the candidate (or updates the entry from its URL); returns the entry. */
    @PostMapping("/{id}/accept")
    @Operation(
            summary = "Accept an import candidate",
            description =
                    "Publishes it, or updates the entry imported from the same URL; the body may edit fields first and name the partner values to take.")
    @ApiResponse(responseCode = "200", description = "The published entry")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid edited fields, or the candidate resembles an entry and says no duplicate choice")
    @ApiResponse(responseCode = "404", description = "No import candidate with this id")
    @ApiResponse(responseCode = "409", description = "The candidate was already decided")
    PracticeJson accept(
            @Parameter(description = "Id of the import candidate") @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "Optional edits of the fields and the partner values to take")
                    @RequestBody(required = false)
                    @Nullable
                    AcceptJson body) {
        CandidateEdit edit = body == null ? CandidateEdit.NONE : body.edit();
        Practice practice = candidates.accept(
                id, edit, body == null ? null : body.take(), body == null ? null : body.duplicateChoice());
        return PracticeJson.of(practice, Audience.TEAM);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject an import candidate")
    @ApiResponse(responseCode = "200", description = "The rejected candidate")
    @ApiResponse(responseCode = "404", description = "No import candidate with this id")
    @ApiResponse(responseCode = "409", description = "The candidate was already decided")
    CandidateJson reject(@Parameter(description = "Id of the import candidate") @PathVariable long id) {
        ImportCandidate rejected = candidates.reject(id);
        return CandidateJson.of(rejected, List.of(), Optional.empty(), candidates.reports(id));
    }

    /** Sets the candidate aside as a copy of the pending candidate it resembles; returns that one. */
    @PostMapping("/{id}/merge")
    @Operation(
            summary = "Merge an import candidate into the candidate it copies",
            description = "The candidate is set aside (rejected); the candidate it resembles takes its page as a "
                    + "further source.")
    @ApiResponse(responseCode = "200", description = "The candidate that stays")
    @ApiResponse(responseCode = "400", description = "The candidate resembles no pending candidate")
    @ApiResponse(responseCode = "404", description = "No import candidate with this id")
    @ApiResponse(responseCode = "409", description = "One of the two was already decided")
    CandidateJson merge(@Parameter(description = "Id of the import candidate") @PathVariable long id) {
        ImportCandidate stays = candidates.mergeIntoResembled(id);
        long staying = Objects.requireNonNull(stays.getId());
        return CandidateJson.of(
                stays, candidates.diff(staying), candidates.resemblance(stays), candidates.reports(staying));
    }
}
