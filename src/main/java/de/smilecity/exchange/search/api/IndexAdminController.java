package de.smilecity.exchange.search.api;

import de.smilecity.exchange.search.IndexHealth;
import de.smilecity.exchange.search.IndexMaintenance;
import de.smilecity.exchange.search.IndexStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Index maintenance for admins: health against the database, and a rebuild that runs in the background. */
@RestController
@RequestMapping("/api/v1/admin/index")
class IndexAdminController {

    private final IndexMaintenance maintenance;

    IndexAdminController(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/health")
    IndexHealth health() {
        return maintenance.health();
    }

    /** Starts a rebuild (or joins the running one) and answers at once with its status. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IndexStatus rebuild() {
        maintenance.rebuild("requested through the API");
        return maintenance.status();
    }
}
