package de.smilecity.exchange.security.api;

import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.OrganisationDirectory;
import de.smilecity.exchange.security.OrganisationDirectory.OrganisationRef;
import de.smilecity.exchange.security.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: lets a script check which account its token or password stands for. */
@RestController
@Tag(name = "Account", description = "The caller")
class MeController {

    /** The caller: who is signed in, with which roles and organisation. */
    record Me(
            String username,
            String displayName,
            String role,
            @Nullable Organisation organisation) {}

    record Organisation(String slug, String name) {}

    private final CurrentUser currentUser;
    private final OrganisationDirectory organisations;

    MeController(CurrentUser currentUser, OrganisationDirectory organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/me")
    @Operation(
            summary = "The caller",
            description =
                    "User name, role and organisation of the account that the session, password or token stands for.")
    @ApiResponse(responseCode = "200", description = "The caller")
    Me me() {
        SignedInUser user = currentUser.find().orElseThrow(() -> new AccessDeniedException("Please sign in first"));
        Organisation organisation = user.organisationId() == null
                ? null
                : organisations
                        .byId(user.organisationId())
                        .map(MeController::organisation)
                        .orElse(null);
        return new Me(
                user.username(),
                user.displayName(),
                user.role().name().toLowerCase(java.util.Locale.ROOT),
                organisation);
    }

    private static Organisation organisation(OrganisationRef ref) {
        return new Organisation(ref.slug(), ref.name());
    }
}
