package de.smilecity.exchange.catalogue.api;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public reads of single published entries; lists and search are in the search feature. */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeApiController {

    private final CatalogueService catalogue;
    private final CurrentUser user;

    PracticeApiController(CatalogueService catalogue, CurrentUser user) {
        this.catalogue = catalogue;
        this.user = user;
    }

    /** One published entry by numeric id or slug, with every field. */
    @GetMapping("/{idOrSlug}")
    PracticeJson one(@PathVariable String idOrSlug) {
        return PracticeJson.of(catalogue.getPublished(idOrSlug), user.find().isPresent());
    }
}
