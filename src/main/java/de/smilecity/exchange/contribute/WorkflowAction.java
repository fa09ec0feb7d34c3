package de.smilecity.exchange.contribute;

import de.smilecity.exchange.catalogue.PracticeState;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of the publication workflow: draft → in review → (changes requested ↔ in review) →
 * published → archived, and reject from review. Each step names the states it starts from, the
 * state it leads to, whether only editors may take it and whether it needs a comment.
 */
public enum WorkflowAction {
    SUBMIT(
            "submit",
            Set.of(PracticeState.DRAFT, PracticeState.CHANGES_REQUESTED, PracticeState.REJECTED),
            PracticeState.IN_REVIEW,
            false,
            false),
    APPROVE("approve", Set.of(PracticeState.IN_REVIEW), PracticeState.PUBLISHED, true, false),
    REQUEST_CHANGES("requestChanges", Set.of(PracticeState.IN_REVIEW), PracticeState.CHANGES_REQUESTED, true, true),
    REJECT("reject", Set.of(PracticeState.IN_REVIEW), PracticeState.REJECTED, true, false),
    ARCHIVE("archive", Set.of(PracticeState.PUBLISHED), PracticeState.ARCHIVED, true, false);

    private final String apiName;
    private final Set<PracticeState> from;
    private final PracticeState to;
    private final boolean editorsOnly;
    private final boolean needsComment;

    WorkflowAction(
            String apiName, Set<PracticeState> from, PracticeState to, boolean editorsOnly, boolean needsComment) {
        this.apiName = apiName;
        this.from = from;
        this.to = to;
        this.editorsOnly = editorsOnly;
        this.needsComment = needsComment;
    }

    /** The name in the API body, e.g. {@code requestChanges}. */
    public String apiName() {
        return apiName;
    }

    public Set<PracticeState> from() {
        return from;
    }

    public PracticeState to() {
        return to;
    }

    /** Whether only editors take this step; contributors may only submit. */
    public boolean editorsOnly() {
        return editorsOnly;
    }

    public boolean needsComment() {
        return needsComment;
    }

    public boolean allowedFrom(PracticeState state) {
        return from.contains(state);
    }

    public static Optional<WorkflowAction> byApiName(String name) {
        return Arrays.stream(values()).filter(a -> a.apiName.equals(name)).findFirst();
    }
}
