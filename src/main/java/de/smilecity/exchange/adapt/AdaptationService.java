package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.TextSection;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConflictException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Adapt for my city": a draft {@code ADAPTATION} of a published entry, for the caller's
 * organisation, pre-filled from the original and linked to it. The draft then goes through the
 * normal workflow, whose rules (who may write for which organisation) {@link ContributionService}
 * enforces.
 */
@Service
public class AdaptationService {

    private final CatalogueService catalogue;
    private final ContributionService contributions;
    private final CurrentUser currentUser;

    AdaptationService(CatalogueService catalogue, ContributionService contributions, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.contributions = contributions;
        this.currentUser = currentUser;
    }

    /**
     * @param originalIdOrSlug a published practice, template or adaptation
     * @param organisationSlug the organisation the adaptation is for; contributors may leave it out
     *     (it is their own), editors without an organisation must name one
     * @return the saved draft
     * @throws de.smilecity.exchange.catalogue.PracticeNotFoundException when no published entry has the id or slug
     * @throws org.springframework.security.access.AccessDeniedException for another organisation than one's own
     * @throws ConflictException when the organisation would adapt its own entry
     */
    @Transactional
    public Practice adapt(String originalIdOrSlug, @Nullable String organisationSlug) {
        Practice original = catalogue.getPublished(originalIdOrSlug);
        Practice draft = contributions.newDraft();
        if (organisationSlug != null && !organisationSlug.isBlank()) {
            draft.setOrganisation(organisation(organisationSlug.strip()));
        }
        Organisation owner = draft.getOrganisation();
        if (owner == null) {
            throw new BadRequestException(
                    "organisation", "Name the organisation the adaptation is for (its slug, e.g. \"kiel\")");
        }
        // Who may write for whom first: a refusal must not depend on which organisation was named.
        SignedInUser user = currentUser.find().orElseThrow(() -> new AccessDeniedException("Sign in to adapt entries"));
        if (!user.mayActFor(Objects.requireNonNull(owner.getId()))) {
            throw new AccessDeniedException(
                    "Account '" + user.username() + "' cannot write entries for " + owner.getName());
        }
        if (Objects.equals(owner.getId(), original.owner().getId())) {
            throw new ConflictException("Practice '" + original.getSlug() + "' is already " + owner.getName()
                    + "'s own entry; edit it or start a new version instead of adapting it");
        }
        prefill(original, draft);
        return contributions.save(draft);
    }

    private Organisation organisation(String slug) {
        try {
            return catalogue.getOrganisation(slug);
        } catch (de.smilecity.exchange.catalogue.OrganisationNotFoundException e) {
            throw new BadRequestException("organisation", "no organisation '" + slug + "'");
        }
    }

    /**
     * What carries over: what the practice is and how it was done. What belongs to the original
     * city (its contacts, links, costs, measured values, results and lessons) does not: the adapting
     * city fills in its own. Which text sections carry over, {@link TextSection} says.
     */
    static void prefill(Practice original, Practice draft) {
        draft.setKind(PracticeKind.ADAPTATION);
        draft.setAdaptedFrom(original);
        draft.setLanguage(original.getLanguage());
        draft.setTitle(title(original, Objects.requireNonNull(draft.getOrganisation())));
        draft.setSummary(original.getSummary());
        for (TextSection section : TextSection.values()) {
            if (section.carriesOverToAdaptations()) section.copy(original, draft);
        }
        draft.setProcessSteps(original.getProcessSteps().stream()
                .map(s -> new ProcessStep(s.getTitle(), s.getDescription()))
                .toList());
        draft.setIndicators(original.getIndicators().stream()
                .map(i -> new Indicator(i.getName(), i.getUnit(), null, i.getTarget(), null, null))
                .toList());
        draft.setInnovationFields(new java.util.LinkedHashSet<>(original.getInnovationFields()));
        draft.setPillars(new java.util.LinkedHashSet<>(original.getPillars()));
        draft.setSdgs(new java.util.LinkedHashSet<>(original.getSdgs()));
        draft.setTargetGroups(new java.util.LinkedHashSet<>(original.getTargetGroups()));
        draft.setTechnologies(new java.util.ArrayList<>(original.getTechnologies()));
        draft.setKeywords(new java.util.ArrayList<>(original.getKeywords()));
        draft.setPhase(Phase.IDEA);
    }

    /** "Original title (Kiel)", shortened so that it stays within the title's limit. */
    static String title(Practice original, Organisation owner) {
        String suffix = " (" + owner.getName() + ")";
        String base = original.getTitle();
        int room = Practice.TITLE_MAX_LENGTH - suffix.length();
        if (room < 20)
            return base.length() > Practice.TITLE_MAX_LENGTH
                    ? base.substring(0, Practice.TITLE_MAX_LENGTH - 1).strip() + "…"
                    : base;
        return (base.length() > room ? base.substring(0, room - 1).strip() + "…" : base) + suffix;
    }
}
