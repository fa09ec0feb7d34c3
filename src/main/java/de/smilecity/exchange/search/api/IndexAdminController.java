package de.smilecity.exchange.search.api;

import de.smilecity.exchange.search.IndexHealth;
import de.smilecity.exchange.search.IndexMaintenance;
import de.smilecity.exchange.search.IndexStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Index maintenance for admins: health against the database, and a rebuild that runs in the background. */
@RestController
@Tag(name = "Index", description = "Search index maintenance (admins)")
@RequestMapping("/api/v1/admin/index")
class IndexAdminController {

    private final IndexMaintenance maintenance;

    IndexAdminController(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/health")
    @Operation(
            summary = "Health of the search index",
            description = "Entries missing from the index and index entries without a row.")
    @ApiResponse(responseCode = "200", description = "The index health")
    IndexHealth health() {
        return maintenance.health();
    }

    /** Starts a rebuild (or joins the running one) and answers at once with its status. */
    @PostMapping("/rebuild")
    @Operation(
            summary = "Rebuild the search index",
            description = "Starts a rebuild in the background (or joins the running one) and answers at once.")
    @ApiResponse(responseCode = "202", description = "The rebuild's status")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IndexStatus rebuild() {
        maintenance.rebuild("requested through the API");
        return maintenance.status();
    }
}
