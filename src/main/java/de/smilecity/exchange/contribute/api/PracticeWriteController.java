package de.smilecity.exchange.contribute.api;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeETag;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.PreconditionFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

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
    private final JsonMapper json;

    PracticeWriteController(ContributionService contributions, PracticeInputMapper mapper, JsonMapper json) {
        this.contributions = contributions;
        this.mapper = mapper;
        this.json = json;
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
        PracticeJson answer = PracticeJson.of(saved, Audience.TEAM);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + saved.getId()))
                .eTag(PracticeETag.of(saved, json.writeValueAsBytes(answer)))
                .body(answer);
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
    @ApiResponse(
            responseCode = "409",
            description = "The entry's state does not allow editing, e.g. while in review; or someone else "
                    + "changed it at the same moment")
    @ApiResponse(responseCode = "412", description = "If-Match was given and the entry changed since; nothing saved")
    ResponseEntity<PracticeJson> update(
            @Parameter(description = "Numeric id or slug of the entry") @PathVariable String idOrSlug,
            @Parameter(
                            description = "The ETag read with the entry: save only if nobody changed it since. "
                                    + "For a published entry with a new version in progress, the new version's ETag.")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "The entry's fields, as in the detail JSON")
                    @RequestBody
                    PracticeInput input) {
        Practice target = contributions.editable(slugOf(idOrSlug));
        if (ifMatch != null) requireUnchanged(ifMatch, target);
        mapper.apply(input, target);
        Practice saved = contributions.save(target);
        return withTag(saved);
    }

    /**
     * The write goes to the entry the caller read, unchanged: the entry itself, or for a published
     * entry its new version; a new version that does not exist yet starts from the published entry.
     */
    private static void requireUnchanged(String ifMatch, Practice target) {
        Practice published = target.getDraftOf();
        if (target.getId() == null && published != null) {
            PracticeETag.Version current = PracticeETag.versionOf(published);
            if (!PracticeETag.matches(ifMatch, current)) {
                throw new PreconditionFailedException("Practice '" + published.getSlug() + "' changed since you "
                        + "read it: its ETag is now " + current + ", you sent " + ifMatch + ". Nothing was saved; "
                        + "read it again and apply your change to what is there now.");
            }
            return;
        }
        PracticeETag.Version current = PracticeETag.versionOf(target);
        if (PracticeETag.matches(ifMatch, current)) return;
        if (published != null) {
            throw new PreconditionFailedException("Practice '" + published.getSlug() + "' has a new version in "
                    + "progress ('" + target.getSlug() + "', ETag " + current + "), and your change would go into "
                    + "it; you sent " + ifMatch + ". Nothing was saved; read the new version (GET "
                    + "/api/v1/practices/" + target.getId() + ") and send its ETag.");
        }
        throw new PreconditionFailedException("Practice '" + target.getSlug() + "' changed since you read it: its "
                + "ETag is now " + current + ", you sent " + ifMatch + ". Nothing was saved; read it again and "
                + "apply your change to what is there now.");
    }

    private ResponseEntity<PracticeJson> withTag(Practice practice) {
        PracticeJson answer = PracticeJson.of(practice, Audience.TEAM);
        return ResponseEntity.ok()
                .eTag(PracticeETag.of(practice, json.writeValueAsBytes(answer)))
                .body(answer);
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
    @ApiResponse(responseCode = "412", description = "If-Match was given and the entry changed since; nothing done")
    ResponseEntity<PracticeJson> transition(
            @Parameter(description = "Numeric id or slug of the entry") @PathVariable String idOrSlug,
            @Parameter(description = "The ETag read with the entry: take the step only if nobody changed it since")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
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
        Practice entry = contributions.get(idOf(idOrSlug));
        Long expectedVersion = null;
        if (ifMatch != null) {
            PracticeETag.Version current = PracticeETag.versionOf(entry);
            if (!PracticeETag.matches(ifMatch, current)) {
                throw new PreconditionFailedException("Practice '" + entry.getSlug() + "' changed since you read "
                        + "it: its ETag is now " + current + ", you sent " + ifMatch + ". Nothing was done; read "
                        + "it again and decide on what is there now.");
            }
            // Checked again where the step is taken, in case it changes between here and there.
            expectedVersion = entry.getVersion();
        }
        long id = Objects.requireNonNull(entry.getId());
        return withTag(contributions.transition(id, action, request.comment(), expectedVersion));
    }

    private String slugOf(String idOrSlug) {
        return isId(idOrSlug) ? contributions.get(Long.parseLong(idOrSlug)).getSlug() : idOrSlug;
    }

    private long idOf(String idOrSlug) {
        return isId(idOrSlug)
                ? Long.parseLong(idOrSlug)
                : Objects.requireNonNull(
                        contributions.editableOrViewable(idOrSlug).getId());
    }

    private static boolean isId(String idOrSlug) {
        return !idOrSlug.isEmpty() && idOrSlug.length() < 19 && idOrSlug.chars().allMatch(Character::isDigit);
    }
}
