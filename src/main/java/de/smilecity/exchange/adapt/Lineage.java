package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.SizeClass;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an entry came from and who adapted it.
 *
 * @param root the family's tree, from the first original down through every published adaptation
 * @param adaptedFrom the entry this one adapts, or null for an original
 * @param adopters the organisations that adapted this entry (directly or through an adaptation of
 *     it), each once, with their first published adaptation
 */
public record Lineage(Node root, @Nullable Node adaptedFrom, List<Adopter> adopters) {

    /** How many organisations adapted the entry: "adapted by 3 cities". */
    public int adoptionCount() {
        return adopters.size();
    }

    /**
     * One entry of the family.
     *
     * @param published whether it is public (only published entries get a link)
     * @param current whether it is the entry the lineage was asked for
     */
    public record Node(
            long id,
            String slug,
            String title,
            String organisationSlug,
            String organisationName,
            boolean published,
            boolean current,
            List<Node> children) {

        /** Every node below this one, depth first. */
        public List<Node> descendants() {
            List<Node> all = new java.util.ArrayList<>();
            for (Node child : children) {
                all.add(child);
                all.addAll(child.descendants());
            }
            return all;
        }
    }

    /** An organisation that adapted the entry, with what a reader compares: size class and state. */
    public record Adopter(
            String organisationSlug,
            String organisationName,
            SizeClass sizeClass,
            @Nullable String state,
            String country,
            long practiceId,
            String practiceSlug,
            String practiceTitle) {}
}
