package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import de.smilecity.exchange.crawl.CandidateEdit;
import de.smilecity.exchange.crawl.CandidateService;
import de.smilecity.exchange.crawl.ImportCandidate;
import de.smilecity.exchange.shared.BadRequestException;
import java.util.List;
import java.util.Locale;
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
@RequestMapping("/api/v1/admin/candidates")
class CandidateApiController {

    private final CandidateService candidates;

    CandidateApiController(CandidateService candidates) {
        this.candidates = candidates;
    }

    /** The candidates of one run ({@code ?run=}), or else the pending ones ({@code ?review=all} for all recent). */
    @GetMapping
    List<CandidateJson> list(
            @RequestParam(required = false) Long run, @RequestParam(defaultValue = "pending") String review) {
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
                .map(c -> CandidateJson.of(c, candidates.diff(c.id())))
                .toList();
    }

    @GetMapping("/{id}")
    CandidateJson one(@PathVariable long id) {
        return CandidateJson.of(candidates.get(id), candidates.diff(id));
    }

    /** Publishes the candidate (or updates the entry from its URL); returns the entry. */
    @PostMapping("/{id}/accept")
    PracticeJson accept(@PathVariable long id, @RequestBody(required = false) @Nullable AcceptJson body) {
        CandidateEdit edit = body == null ? CandidateEdit.NONE : body.edit();
        Practice practice = candidates.accept(id, edit, body == null ? null : body.take());
        return PracticeJson.of(practice, true);
    }

    @PostMapping("/{id}/reject")
    CandidateJson reject(@PathVariable long id) {
        return CandidateJson.of(candidates.reject(id), List.of());
    }
}
