package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an entry's {@link Lineage} from the {@code adaptedFrom} links. Only published adaptations
 * count and appear: drafts are nobody's business but their authors'. The walk is bounded, so that
 * a link cycle (which the app never writes, but a database edit could) cannot hang a page.
 */
@Service
public class LineageService {

    /** Deeper families than this are cut off; real ones are two or three levels deep. */
    static final int MAX_DEPTH = 12;

    private final Entries entries;

    LineageService(Entries entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public Lineage of(long practiceId) {
        Practice practice =
                entries.find(practiceId).orElseThrow(() -> new PracticeNotFoundException(String.valueOf(practiceId)));
        Practice root = root(practice);
        Set<Long> seen = new HashSet<>();
        Lineage.Node tree = node(root, practice.getId(), seen, 0);
        Practice original = practice.getAdaptedFrom();
        Lineage.Node from = original == null ? null : node(original, practice.getId(), new HashSet<>(), MAX_DEPTH);
        return new Lineage(tree, from, adopters(practice));
    }

    /** The organisations that adapted the entry, nearest adaptation first, each organisation once. */
    private List<Lineage.Adopter> adopters(Practice practice) {
        Map<Long, Lineage.Adopter> byOrganisation = new LinkedHashMap<>();
        Long own = practice.owner().getId();
        for (Practice adaptation : publishedBelow(practice)) {
            Organisation org = adaptation.owner();
            if (Objects.equals(org.getId(), own)) continue;
            byOrganisation.putIfAbsent(
                    org.getId(),
                    new Lineage.Adopter(
                            org.getSlug(),
                            org.getName(),
                            org.getSizeClass(),
                            org.getState(),
                            org.getCountry(),
                            Objects.requireNonNull(adaptation.getId()),
                            adaptation.getSlug(),
                            adaptation.getTitle()));
        }
        return List.copyOf(byOrganisation.values());
    }

    /** Published adaptations of the entry and of its adaptations, breadth first. */
    private static List<Practice> publishedBelow(Practice practice) {
        List<Practice> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(practice.getId());
        List<Practice> level = List.of(practice);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Practice> next = new ArrayList<>();
            for (Practice p : level) {
                for (Practice child : published(p.getAdaptations())) {
                    if (seen.add(child.getId())) {
                        found.add(child);
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return found;
    }

    private static Practice root(Practice practice) {
        Practice current = practice;
        Set<Long> seen = new HashSet<>();
        seen.add(current.getId());
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Practice up = current.getAdaptedFrom();
            if (up == null || !seen.add(up.getId())) break;
            current = Hibernate.unproxy(up, Practice.class);
        }
        return current;
    }

    private static Lineage.Node node(Practice p, Long currentId, Set<Long> seen, int depth) {
        seen.add(p.getId());
        List<Lineage.Node> children = new ArrayList<>();
        if (depth < MAX_DEPTH) {
            for (Practice child : published(p.getAdaptations())) {
                if (!seen.contains(child.getId())) children.add(node(child, currentId, seen, depth + 1));
            }
        }
        Organisation org = p.owner();
        return new Lineage.Node(
                Objects.requireNonNull(p.getId()),
                p.getSlug(),
                p.getTitle(),
                org.getSlug(),
                org.getName(),
                p.isPublished(),
                Objects.equals(p.getId(), currentId),
                children);
    }

    private static List<Practice> published(Set<Practice> adaptations) {
        return adaptations.stream()
                .filter(Practice::isPublished)
                .sorted(Comparator.comparing(
                        (Practice a) -> a.getPublishedAt() == null ? a.getUpdatedAt() : a.getPublishedAt()))
                .toList();
    }
}
