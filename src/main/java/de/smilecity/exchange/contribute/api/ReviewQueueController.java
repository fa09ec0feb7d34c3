package de.smilecity.exchange.contribute.api;

import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.EntryRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editors' review queue for scripts: what the review page lists, read from the database on every
 * call, so that a decision taken on one app node is gone from the queue on every other at once.
 */
@RestController
class ReviewQueueController {

    private final ContributionService contributions;

    ReviewQueueController(ContributionService contributions) {
        this.contributions = contributions;
    }

    @GetMapping("/api/v1/review-queue")
    @Operation(
            summary = "Entries waiting for an editor's decision",
            description = "Oldest submission first; editors only. The same list as the review page.")
    @ApiResponse(responseCode = "200", description = "The entries in review")
    @ApiResponse(responseCode = "403", description = "The caller is no editor")
    List<EntryRow> reviewQueue(
            @Parameter(description = "Slug of an organisation: only its entries")
                    @RequestParam(required = false)
                    @Nullable
                    String organisation) {
        return contributions.reviewQueue(organisation, null);
    }
}
