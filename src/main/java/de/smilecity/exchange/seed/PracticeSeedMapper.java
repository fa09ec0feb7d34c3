package de.smilecity.exchange.seed;

import de.smilecity.exchange.catalogue.AdaptationChanges;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Costs;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Origin;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.Provenance;
import de.smilecity.exchange.seed.SeedFiles.MarkdownFile;
import de.smilecity.exchange.seed.SeedFormat.PracticeHeader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns a parsed practice file into an entity, resolving codes and slugs; every miss names its field. */
final class PracticeSeedMapper {

    private final Map<String, Concept> conceptsByKey;
    private final Function<String, Optional<Organisation>> organisations;
    private final Function<String, Optional<Practice>> practices;

    PracticeSeedMapper(
            Map<String, Concept> conceptsByKey,
            Function<String, Optional<Organisation>> organisations,
            Function<String, Optional<Practice>> practices) {
        this.conceptsByKey = conceptsByKey;
        this.organisations = organisations;
        this.practices = practices;
    }

    Practice toPractice(MarkdownFile file, PracticeHeader h) {
        String expectedSlug = file.path().getFileName().toString().replaceFirst("\\.md$", "");
        String slug = required(file, "slug", h.slug());
        if (!slug.equals(expectedSlug)) {
            throw new SeedException(
                    file.path(),
                    file.lineOf("slug"),
                    "slug",
                    "is '" + slug + "' but the file is named '" + expectedSlug + ".md'; they must be equal");
        }
        Practice p = new Practice();
        p.setSlug(slug);
        p.setKind(required(file, "kind", h.kind()));
        p.setTitle(required(file, "title", h.title()).strip());
        p.setSummary(required(file, "summary", h.summary()).strip());
        p.setLanguage(required(file, "language", h.language()));
        p.setDescription(file.body());
        String orgSlug = required(file, "organisation", h.organisation());
        p.setOrganisation(organisations
                .apply(orgSlug)
                .orElseThrow(() -> new SeedException(
                        file.path(),
                        file.lineOf("organisation"),
                        "organisation",
                        "no organisation '" + orgSlug + "' in organisations.yaml")));
        p.setConcepts(
                ConceptScheme.INNOVATION_FIELD,
                concepts(
                        file,
                        "innovationFields",
                        ConceptScheme.INNOVATION_FIELD,
                        required(file, "innovationFields", h.innovationFields())));
        p.setConcepts(ConceptScheme.SMILE_PILLAR, concepts(file, "pillars", ConceptScheme.SMILE_PILLAR, h.pillars()));
        p.setConcepts(ConceptScheme.SDG, concepts(file, "sdgs", ConceptScheme.SDG, h.sdgs()));
        p.setConcepts(
                ConceptScheme.TARGET_GROUP,
                concepts(file, "targetGroups", ConceptScheme.TARGET_GROUP, h.targetGroups()));
        p.setTechnologies(orEmpty(h.technologies()));
        p.setKeywords(orEmpty(h.keywords()));
        p.setPhase(required(file, "phase", h.phase()));
        p.setStartYear(h.startYear());
        p.setEndYear(h.endYear());
        p.setDiscontinuedReason(strip(h.discontinuedReason()));
        p.setFeatured(Boolean.TRUE.equals(h.featured()));
        p.setChallenge(text(h.challenge()));
        p.setApproach(text(h.approach()));
        p.setResults(text(h.results()));
        p.setLessonsLearned(text(h.lessonsLearned()));
        p.setPrerequisites(text(h.prerequisites()));
        p.setParticipation(text(h.participation()));
        p.setProcessSteps(orEmpty(h.processSteps()).stream()
                .map(s -> new ProcessStep(s.title().strip(), text(s.description())))
                .toList());
        if (h.costs() != null) {
            p.setCosts(new Costs(
                    h.costs().amount(), h.costs().currency(), h.costs().fundingProgramme()));
        }
        p.setContacts(orEmpty(h.contacts()).stream()
                .map(c -> new Contact(
                        c.name(),
                        c.role(),
                        c.organisation(),
                        c.email(),
                        c.phone(),
                        !Boolean.FALSE.equals(c.isPublic())))
                .toList());
        p.setIndicators(orEmpty(h.indicators()).stream()
                .map(i -> new Indicator(i.name(), i.unit(), i.baseline(), i.target(), i.value(), i.measuredOn()))
                .toList());
        p.setLinks(links(file, h));
        p.setLastVerifiedOn(required(file, "checkedOn", h.checkedOn()));
        if (h.adaptedFrom() != null) {
            p.setAdaptedFrom(practices
                    .apply(h.adaptedFrom())
                    .orElseThrow(() -> new SeedException(
                            file.path(),
                            file.lineOf("adaptedFrom"),
                            "adaptedFrom",
                            "no entry '" + h.adaptedFrom() + "' to adapt from")));
        } else if (p.getKind() == PracticeKind.ADAPTATION) {
            throw new SeedException(
                    file.path(),
                    file.lineOf("kind"),
                    "adaptedFrom",
                    "an ADAPTATION must name the slug of its original in 'adaptedFrom'");
        }
        p.setAdaptationNotes(text(h.adaptationNotes()));
        if (h.adaptationChanges() != null) {
            SeedFormat.AdaptationEntry a = h.adaptationChanges();
            p.setAdaptationChanges(new AdaptationChanges(
                    text(a.scope()), text(a.technology()), text(a.governance()), text(a.budget())));
        }
        Provenance provenance = new Provenance(Origin.SEED);
        p.setProvenance(provenance);
        return p;
    }

    /** The links as written, then every source URL that is not already a link, as a SOURCE link. */
    private List<Link> links(MarkdownFile file, PracticeHeader h) {
        List<Link> links = new ArrayList<>();
        for (SeedFormat.LinkEntry l : orEmpty(h.links())) {
            links.add(new Link(
                    l.title().strip(), l.url().strip(), l.type() == null ? LinkType.WEBSITE : l.type(), l.language()));
        }
        List<String> sources = required(file, "sources", h.sources());
        if (sources.isEmpty()) {
            throw new SeedException(
                    file.path(),
                    file.lineOf("sources"),
                    "sources",
                    "must name at least one public URL the facts come from");
        }
        for (String source : sources) {
            String url = source.strip();
            if (links.stream().noneMatch(l -> l.getUrl().equals(url))) {
                links.add(new Link(hostOf(url), url, LinkType.SOURCE, null));
            }
        }
        return links;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url; // validation of the link then reports the URL itself
        }
    }

    private Set<Concept> concepts(MarkdownFile file, String field, ConceptScheme scheme, @Nullable List<String> codes) {
        Set<Concept> result = new LinkedHashSet<>();
        for (String code : orEmpty(codes)) {
            Concept concept = conceptsByKey.get(scheme.key() + ":" + code.strip());
            if (concept == null) {
                throw new SeedException(
                        file.path(),
                        file.lineOf(field),
                        field,
                        "unknown " + scheme.key() + " '" + code + "'; see taxonomies/ for the codes");
            }
            result.add(concept);
        }
        return result;
    }

    private static <T> T required(MarkdownFile file, String field, @Nullable T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new SeedException(file.path(), file.headerFirstLine(), field, "is required but missing");
        }
        return value;
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String text(@Nullable String markdown) {
        return markdown == null ? "" : markdown.strip();
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
