package de.smilecity.exchange.contribute;

import org.jspecify.annotations.Nullable;

/**
 * Published when a workflow step was taken on an entry.
 *
 * @param entryId the entry the step was taken on; after an approved new version, the published entry
 *     it went into
 * @param slug that entry's slug
 * @param organisationId the owning organisation, whose contributors hear of decisions
 */
public record WorkflowStepTaken(
        long entryId,
        String slug,
        String title,
        long organisationId,
        WorkflowAction action,
        String actor,
        @Nullable String comment) {}
