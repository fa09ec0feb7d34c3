package de.smilecity.exchange.contribute.api;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.shared.BadRequestException;
import java.net.URI;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing entries through the API, for partner cities' own systems (HTTP Basic or a personal token
 * as {@code Authorization: Bearer}). The workflow's rules apply exactly as in the app.
 */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeWriteController {

    /** The body of a transition: the step and an optional comment (required to request changes). */
    record TransitionRequest(
            @Nullable String action, @Nullable String comment) {}

    private final ContributionService contributions;
    private final PracticeInputMapper mapper;

    PracticeWriteController(ContributionService contributions, PracticeInputMapper mapper) {
        this.contributions = contributions;
        this.mapper = mapper;
    }

    /** Creates a draft; a contributor's entry belongs to their organisation, which they may leave out. */
    @PostMapping
    ResponseEntity<PracticeJson> create(@RequestBody PracticeInput input) {
        Practice draft = contributions.newDraft();
        mapper.apply(input, draft);
        Practice saved = contributions.save(draft);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + saved.getId()))
                .body(PracticeJson.of(saved, true));
    }

    /**
     * Updates a draft (or an entry with changes requested), or starts or continues the new version of
     * a published entry; the answer is what was saved, for a new version with {@code versionOf}.
     */
    @PutMapping("/{idOrSlug}")
    PracticeJson update(@PathVariable String idOrSlug, @RequestBody PracticeInput input) {
        Practice target = contributions.editable(slugOf(idOrSlug));
        mapper.apply(input, target);
        return PracticeJson.of(contributions.save(target), true);
    }

    @PostMapping("/{idOrSlug}/transitions")
    PracticeJson transition(@PathVariable String idOrSlug, @RequestBody TransitionRequest request) {
        String name = request.action() == null ? "" : request.action();
        WorkflowAction action = WorkflowAction.byApiName(name)
                .orElseThrow(() -> new BadRequestException(
                        "action",
                        "unknown action '" + name + "'; expected one of "
                                + Arrays.stream(WorkflowAction.values())
                                        .map(WorkflowAction::apiName)
                                        .toList()));
        long id = contributions.get(idOf(idOrSlug)).getId();
        return PracticeJson.of(contributions.transition(id, action, request.comment()), true);
    }

    private String slugOf(String idOrSlug) {
        return isId(idOrSlug) ? contributions.get(Long.parseLong(idOrSlug)).getSlug() : idOrSlug;
    }

    private long idOf(String idOrSlug) {
        return isId(idOrSlug)
                ? Long.parseLong(idOrSlug)
                : java.util.Objects.requireNonNull(
                        contributions.editableOrViewable(idOrSlug).getId());
    }

    private static boolean isId(String idOrSlug) {
        return !idOrSlug.isEmpty() && idOrSlug.length() < 19 && idOrSlug.chars().allMatch(Character::isDigit);
    }
}
