package de.smilecity.exchange.contribute.api;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.shared.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Contribution", description = "Writing entries and moving them through the workflow")
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
    @Operation(
            summary = "Create a draft",
            description =
                    "The body holds the fields of the detail JSON; concepts and the organisation by code or slug. A contributor may leave the organisation out (their own is taken).")
    @ApiResponse(responseCode = "201", description = "The saved draft; Location names its address")
    @ApiResponse(responseCode = "400", description = "Invalid fields; errors lists each field with its message")
    @ApiResponse(responseCode = "404", description = "An organisation or concept named in the body does not exist")
    ResponseEntity<PracticeJson> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "The entry's fields, as in the detail JSON")
                    @RequestBody
                    PracticeInput input) {
        Practice draft = contributions.newDraft();
        mapper.apply(input, draft);
        Practice saved = contributions.save(draft);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + saved.getId()))
                .body(PracticeJson.of(saved, Audience.TEAM));
    }

    /**
     * Updates a draft (or an entry with changes requested), or starts or continues the new version of
     * a published entry; the answer is what was saved, for a new version with {@code versionOf}.
     */
    @PutMapping("/{idOrSlug}")
    @Operation(
            summary = "Update a draft or start a new version",
            description = "For a published entry the change goes to its new version, named in versionOf of the answer.")
    @ApiResponse(responseCode = "200", description = "What was saved")
    @ApiResponse(responseCode = "400", description = "Invalid fields; errors lists each field with its message")
    @ApiResponse(responseCode = "404", description = "No entry with this id or slug that the caller may see")
    @ApiResponse(responseCode = "409", description = "The entry's state does not allow editing, e.g. while in review")
    PracticeJson update(
            @Parameter(description = "Numeric id or slug of the entry") @PathVariable String idOrSlug,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "The entry's fields, as in the detail JSON")
                    @RequestBody
                    PracticeInput input) {
        Practice target = contributions.editable(slugOf(idOrSlug));
        mapper.apply(input, target);
        return PracticeJson.of(contributions.save(target), Audience.TEAM);
    }

    @PostMapping("/{idOrSlug}/transitions")
    @Operation(
            summary = "Take a workflow step",
            description =
                    "action is submit, approve, requestChanges, reject or archive; comment is required to request changes.")
    @ApiResponse(responseCode = "200", description = "The entry after the step")
    @ApiResponse(responseCode = "400", description = "Unknown action, or a comment missing where it is required")
    @ApiResponse(responseCode = "404", description = "No entry with this id or slug that the caller may see")
    @ApiResponse(responseCode = "409", description = "The entry's state does not allow this step; detail says why")
    PracticeJson transition(
            @Parameter(description = "Numeric id or slug of the entry") @PathVariable String idOrSlug,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The step and an optional comment")
                    @RequestBody
                    TransitionRequest request) {
        String name = request.action() == null ? "" : request.action();
        WorkflowAction action = WorkflowAction.byApiName(name)
                .orElseThrow(() -> new BadRequestException(
                        "action",
                        "unknown action '" + name + "'; expected one of "
                                + Arrays.stream(WorkflowAction.values())
                                        .map(WorkflowAction::apiName)
                                        .toList()));
        long id = contributions.get(idOf(idOrSlug)).getId();
        return PracticeJson.of(contributions.transition(id, action, request.comment()), Audience.TEAM);
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
